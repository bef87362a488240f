#include "livechecks.h"

#include <QElapsedTimer>

namespace arckit {

LiveChecks::LiveChecks(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, &LiveChecks::runNow);
    connect(&m_maxWait, &QTimer::timeout, this, &LiveChecks::runNow);
}

void LiveChecks::setValidationContext(const ValidationContext &context, bool validate)
{
    m_context = context;
    m_validate = validate;
}

void LiveChecks::textChanged()
{
    m_debounce.start();
    if (!m_maxWait.isActive())
        m_maxWait.start();
}

void LiveChecks::runNow()
{
    m_debounce.stop();
    m_maxWait.stop();
    QElapsedTimer timer;
    timer.start();
    const QString text = m_provider ? m_provider() : QString();
    m_outline = MarkdownOutline::parse(text);
    m_sections = ReferenceSections::match(m_outline);
    m_findings = m_validate ? DocumentValidator().validate(text, m_context) : ValidationFindings{};
    m_lastDurationUs = timer.nsecsElapsed() / 1000;
    Q_EMIT updated();
}

} // namespace arckit
