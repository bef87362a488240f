#pragma once
// Re-reads the document in the editor while the user types: its outline, the
// reference sections it has, and (for an MLOps strategy) its validation
// findings. Debounced: a timer that restarts on every change (300 ms) plus one
// that does not (1,500 ms), so that long typing still refreshes.

#include "documentvalidator.h"
#include "markdownoutline.h"
#include "referencesections.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace arckit {

class LiveChecks : public QObject
{
    Q_OBJECT
public:
    explicit LiveChecks(QObject *parent = nullptr);

    // Where the current text comes from (the document session).
    void setTextProvider(std::function<QString()> provider) { m_provider = std::move(provider); }
    void setValidationContext(const ValidationContext &context, bool validate);
    bool validates() const { return m_validate; }

    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    // Call on every change.
    void textChanged();
    // Runs the checks now (a new document, a new context).
    void runNow();

    const MarkdownOutline &outline() const { return m_outline; }
    const SectionMatches &sections() const { return m_sections; }
    const ValidationFindings &findings() const { return m_findings; }
    qint64 lastDurationUs() const { return m_lastDurationUs; }

Q_SIGNALS:
    void updated();

private:
    std::function<QString()> m_provider;
    ValidationContext m_context;
    bool m_validate = false;
    QTimer m_debounce;
    QTimer m_maxWait;
    MarkdownOutline m_outline;
    SectionMatches m_sections;
    ValidationFindings m_findings;
    qint64 m_lastDurationUs = 0;
};

} // namespace arckit
