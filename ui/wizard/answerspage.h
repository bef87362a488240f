#pragma once
// The common part of the wizard's pages. A page binds each of its widgets to
// an Answers field by name; loading, storing, the required-field checks, the
// hints naming the document a value came from and the QWizard field
// registration are then written once here, and a page adds only its layout
// and its own rules. Pages share one live Answers (WizardState): they load
// from it when shown and store into it when left in either direction, so
// going Back and Next again keeps every edit.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWizardPage>

#include <memory>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace arckit {

class CandidateChooser;
struct Answers;
struct DecidedChoice;
struct WizardState;

class AnswersPage : public QWizardPage
{
    Q_OBJECT
public:
    // A value stored in the answers and the text shown for it.
    using Choice = std::pair<QVariant, QString>;

    AnswersPage(WizardState *state, const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    // Fill the widgets from answers; write them back. A page that was never
    // shown must not store (its widgets hold nothing loaded).
    virtual void load(const Answers &answers);
    virtual void store(Answers &answers) const;
    // What stops Next, one sentence each; empty when the page is complete.
    virtual QStringList problems() const;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // The label a field is shown with ("Owner"), for messages.
    QString fieldLabel(const QString &field) const;

Q_SIGNALS:
    // A person changed a value on the page (not the page loading its values).
    void edited();
    // A source link was clicked: source is "path:line" relative to the repository root.
    void sourceRequested(const QString &source);

protected:
    // WhenNeeded: required unless requiredNow() says otherwise (the page's
    // other answers may make the field unnecessary).
    enum class Required { No, Yes, WhenNeeded };
    // Whether a WhenNeeded field must be filled now.
    virtual bool requiredNow(const QString &field) const;

    // The page's scrollable body.
    QVBoxLayout *body() const { return m_body; }
    // A titled group holding a form, added to the body.
    QFormLayout *addGroup(const QString &title, QGroupBox **box = nullptr);

    QLineEdit *addText(QFormLayout *form, const QString &field, const QString &label, Required required = Required::No,
                       const QString &placeholder = {});
    // A QStringList field typed as a comma-separated list.
    QLineEdit *addList(QFormLayout *form, const QString &field, const QString &label, Required required = Required::No,
                       const QString &placeholder = {});
    // A fixed choice; the item data is the value stored.
    QComboBox *addChoice(QFormLayout *form, const QString &field, const QString &label, const QList<Choice> &choices,
                         Required required = Required::No);
    // Free text with suggestions.
    QComboBox *addSuggestions(QFormLayout *form, const QString &field, const QString &label,
                              const QStringList &suggestions, Required required = Required::No);
    // A QStringList field of fixed keys, one check box each, in a grid.
    QList<QCheckBox *> addChecks(QFormLayout *form, const QString &field, const QString &label,
                                 const QList<Choice> &choices, int columns, Required required = Required::No);
    // Only the source hint of a field edited by a page's own widget (a table).
    QLabel *addHint(const QString &field);
    // The candidates the documents name for a choice, under the field target
    // (an editable combo, whose suggestions then start with them, or a line edit).
    CandidateChooser *addCandidates(QFormLayout *form, const DecidedChoice &choice, QWidget *target,
                                    const QString &noun);
    // A rich-text note whose source links (SourceLink::html) open the source viewer.
    QLabel *makeNote(const QString &objectName);

    // Gives a table with few rows exactly the height of its rows, so that it
    // neither scrolls nor leaves an empty area under them.
    static void fitHeightToRows(QTableView *table);

    // Call when anything problems() looks at has changed.
    void refreshCompleteness();
    // Whether a bound field currently holds a value.
    bool hasValue(const QString &field) const;

    WizardState *state() const { return m_state; }

private:
    enum class Kind { Text, List, Choice, Suggestions, Checks, HintOnly };
    struct Binding
    {
        QString field;
        QString label;
        Kind kind = Kind::Text;
        QWidget *widget = nullptr;
        QMap<QString, QCheckBox *> checks; // Kind::Checks: key -> box
        QStringList extraKeys;             // Kind::Checks: loaded keys without a box, kept as they were
        QLabel *hint = nullptr;
        bool required = false;
        bool whenNeeded = false; // required only while requiredNow() says so
    };

    Binding &bind(const QString &field, const QString &label, Kind kind, QWidget *widget, Required required);
    static QString registeredName(const Binding &binding);
    QLabel *makeHint(const QString &field);
    QWidget *withHint(QWidget *widget, Binding &binding);
    void addRow(QFormLayout *form, const QString &label, QWidget *widget, Binding &binding);
    const Binding *binding(const QString &field) const;
    bool isEmpty(const Binding &binding) const;
    void updateHint(const Binding &binding, const Answers &answers) const;
    void alignLabels();

    WizardState *m_state;
    bool m_loading = false; // refreshCompleteness() during load() is not an edit
    QVBoxLayout *m_body;
    QLabel *m_status;
    QList<QLabel *> m_rowLabels;                      // aligned to one width across the page's groups
    std::vector<std::unique_ptr<Binding>> m_bindings; // stable addresses: rows refer to them
};

} // namespace arckit
