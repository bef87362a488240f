// TranslationLoader: the catalogues lrelease compiled into the resources are
// found for the user's locale (English, with its plural forms, as the
// fallback), Qt's own catalogues are installed when Debian ships them, and
// the translators go away with the loader.

#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using arckit::TranslationLoader;

namespace {

// A message with plural forms, from the requirements panel.
QString requirementCount(int count)
{
    return QCoreApplication::translate("arckit::RequirementsPanel", "%n requirement(s), %1 ML-related", nullptr, count);
}

QString compiledCatalogue(const QString &language)
{
    return QStringLiteral("%1/%2_%3.qm")
        .arg(TranslationLoader::applicationDirectory(), TranslationLoader::applicationCatalogueName(), language);
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueIsCompiledIn();
    void englishPluralForms_data();
    void englishPluralForms();
    void fallsBackToEnglish_data();
    void fallsBackToEnglish();
    void qtCatalogues();
    void destructionRemovesTranslators();
};

void TestTranslationLoader::everyCatalogueIsCompiledIn()
{
    const QDir sources(QStringLiteral(ARCKIT_SOURCE_DIR "/resources/translations"));
    const QStringList catalogues = sources.entryList({QStringLiteral("arckit-mlops_*.ts")}, QDir::Files);
    QVERIFY(catalogues.contains(QStringLiteral("arckit-mlops_en.ts")));
    for (const QString &ts : catalogues) {
        const QString language = ts.section(QLatin1Char('_'), 1).chopped(3);
        QVERIFY2(QFile::exists(compiledCatalogue(language)), qPrintable(ts));
    }
}

void TestTranslationLoader::englishPluralForms_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_GB, one") << "en_GB" << 1 << "1 requirement, %1 ML-related";
    QTest::newRow("en_GB, several") << "en_GB" << 12 << "12 requirements, %1 ML-related";
    QTest::newRow("en_US, none") << "en_US" << 0 << "0 requirements, %1 ML-related";
    QTest::newRow("en, one") << "en" << 1 << "1 requirement, %1 ML-related";
}

void TestTranslationLoader::englishPluralForms()
{
    QFETCH(QString, locale);
    QFETCH(int, count);
    QFETCH(QString, expected);
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(locale)));
    QCOMPARE(loader.applicationCatalogue(), compiledCatalogue(QStringLiteral("en")));
    QCOMPARE(requirementCount(count), expected);
}

void TestTranslationLoader::fallsBackToEnglish_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan);
    QTest::newRow("Welsh") << QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
}

void TestTranslationLoader::fallsBackToEnglish()
{
    QFETCH(QLocale, locale);
    TranslationLoader loader;
    QVERIFY(loader.load(locale));
    // Its own catalogue when one is shipped, else English.
    const QString own = compiledCatalogue(locale.name().section(QLatin1Char('_'), 0, 0));
    const QString expected = QFile::exists(own) ? own : compiledCatalogue(QStringLiteral("en"));
    QCOMPARE(loader.applicationCatalogue(), expected);
    if (expected.endsWith(QLatin1String("_en.qm")))
        QCOMPARE(requirementCount(1), QStringLiteral("1 requirement, %1 ML-related"));
}

void TestTranslationLoader::qtCatalogues()
{
    const QString qtGerman = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qt_de.qm");
    if (!QFile::exists(qtGerman))
        QSKIP("skipped: Qt's translations are not installed (Debian package qt6-translations-l10n)");
    TranslationLoader loader;
    loader.load(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(loader.qtCatalogues().contains(qtGerman));
    // A standard button of Qt's dialogs, now in German.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    // Loading again replaces the catalogues instead of stacking them.
    QVERIFY(loader.load(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QVERIFY(!loader.qtCatalogues().contains(qtGerman));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslationLoader::destructionRemovesTranslators()
{
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::English)));
        QCOMPARE(requirementCount(1), QStringLiteral("1 requirement, %1 ML-related"));
    }
    QCOMPARE(requirementCount(1), QStringLiteral("1 requirement(s), %1 ML-related"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_ui_translationloader.moc"
