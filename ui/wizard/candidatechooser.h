#pragma once
// A choice the documents may or may not settle (the ML platform, the LLM
// provider, the model), shown under the field it fills. Decided: the value
// with the reason and the document and line that decided it. Undecided with
// candidates: each candidate as a radio button with its authority, reason and
// source, and a line saying that none is decided, so that the person chooses;
// nothing is picked for them. The field itself stays editable for a value no
// document names.

#include "mlsystemprofile.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;

namespace arckit {

class CandidateChooser : public QWidget
{
    Q_OBJECT
public:
    // target: the editable QComboBox or QLineEdit the chosen value goes into.
    // noun: what is chosen, plural ("platforms", "LLM providers").
    CandidateChooser(const DecidedChoice &choice, QWidget *target, const QString &noun, QWidget *parent = nullptr);

    // Whether the documents name anything; the chooser hides itself when not.
    bool hasCandidates() const { return !m_choice.candidates.isEmpty(); }
    // The candidates' values, strongest first, without repeats.
    QStringList values() const;

    static QString authorityText(Authority authority); // "mandated", "researched", ...

    // As tall as its text at its width. QFormLayout sizes a row from the
    // field's size hint, and a wrapped label's hint is its height at a narrow
    // guess: the note sat in the middle of a gap several times its height.
    QSize sizeHint() const override;

Q_SIGNALS:
    // A source link was clicked ("path:line").
    void sourceRequested(const QString &source);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void choose(int index);
    void followTarget();
    QLabel *linkLabel(const QString &html);

    DecidedChoice m_choice;
    QWidget *m_target;
    QButtonGroup *m_buttons;
    QLabel *m_note;
};

} // namespace arckit
