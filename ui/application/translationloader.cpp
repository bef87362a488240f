#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace arckit {

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

TranslationLoader::~TranslationLoader()
{
    removeAll();
}

QString TranslationLoader::applicationDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::applicationCatalogueName()
{
    return QStringLiteral("arckit-mlops");
}

void TranslationLoader::removeAll()
{
    for (QTranslator *translator : {&m_application, &m_qtWebEngine, &m_qt})
        QCoreApplication::removeTranslator(translator);
    m_applicationFile.clear();
}

bool TranslationLoader::load(const QLocale &locale)
{
    removeAll();
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString separator = QStringLiteral("_");
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages,
    // from the most specific (en_GB) to the language alone (en). Qt has no
    // catalogue for the C locale: its source strings are English already.
    if (m_qt.load(locale, QStringLiteral("qt"), separator, qtDirectory))
        QCoreApplication::installTranslator(&m_qt);
    if (m_qtWebEngine.load(locale, QStringLiteral("qtwebengine"), separator, qtDirectory))
        QCoreApplication::installTranslator(&m_qtWebEngine);

    // Installed last, so searched first.
    const QString name = applicationCatalogueName();
    if (m_application.load(locale, name, separator, applicationDirectory()) ||
        m_application.load(QLocale(QLocale::English), name, separator, applicationDirectory())) {
        m_applicationFile = m_application.filePath();
        QCoreApplication::installTranslator(&m_application);
    }
    return !m_applicationFile.isEmpty();
}

QStringList TranslationLoader::qtCatalogues() const
{
    QStringList files;
    for (const QTranslator *translator : {&m_qt, &m_qtWebEngine})
        if (!translator->isEmpty())
            files << translator->filePath();
    return files;
}

} // namespace arckit
