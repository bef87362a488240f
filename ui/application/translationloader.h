#pragma once
// Installs the translations for the user's language: Qt's own catalogues
// (standard dialogs, the web view's menus; present when Debian's
// qt6-translations-l10n is installed) and the application's, which lrelease
// compiles into the resources at build time (:/i18n/arckit-mlops_<lang>.qm).
// English is the source language; its catalogue still holds the plural
// forms, so it is the fallback when the user's language has no catalogue.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace arckit {

class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    // Removes the translators it installed.
    ~TranslationLoader() override;

    // Loads and installs the catalogues for locale (replacing those of an
    // earlier call). Returns true when an application catalogue was installed.
    bool load(const QLocale &locale = QLocale::system());

    // The application catalogue installed (a resource path), empty if none.
    QString applicationCatalogue() const { return m_applicationFile; }
    // Qt's catalogues installed (file paths), empty if none.
    QStringList qtCatalogues() const;

    // Where the application catalogues are compiled in.
    static QString applicationDirectory();
    // The base name of the application catalogues (arckit-mlops_<lang>.qm).
    static QString applicationCatalogueName();

private:
    void removeAll();

    QTranslator m_qt;
    QTranslator m_qtWebEngine;
    QTranslator m_application;
    QString m_applicationFile;
};

} // namespace arckit
