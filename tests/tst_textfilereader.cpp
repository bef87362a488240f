#include "textfilereader.h"

#include "repositorybuilder.h"

#include <QTest>

#include <unistd.h>

using namespace arckit;
using arckit::test::RepositoryBuilder;

class TestTextFileReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warns");
        QTest::newRow("utf-8") << QByteArray("# Caf\xC3\xA9\n") << QStringLiteral("# Café\n") << "UTF-8" << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF# A\r\n") << QStringLiteral("# A\r\n") << "UTF-8 (BOM)"
                                   << false;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE#\0 \0A\0", 8) << QStringLiteral("# A") << "UTF-16LE (BOM)"
                                      << false;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0#\0 \0A", 8) << QStringLiteral("# A") << "UTF-16BE (BOM)"
                                      << false;
        QTest::newRow("latin-1") << QByteArray("# Caf\xE9\n") << QStringLiteral("# Café\n") << "Latin-1" << true;
        QTest::newRow("empty") << QByteArray() << QString() << "UTF-8" << false;
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, warns);
        const TextFile file = TextFileReader::decode(bytes);
        QVERIFY(file.ok());
        QTEST(file.text, "text");
        QTEST(file.encoding, "encoding");
        QCOMPARE(!file.warning.isEmpty(), warns);
    }
    void binaryIsRefused()
    {
        const TextFile file = TextFileReader::decode(QByteArray("PK\x03\x04\0\0\x14\0binary", 16));
        QVERIFY(!file.ok());
        QVERIFY(file.error.contains(QLatin1String("binary")));
    }
    void tooLargeIsRefusedWithoutReading()
    {
        RepositoryBuilder repo;
        const QString path = repo.write(QStringLiteral("big.md"), QByteArray(2048, 'a'));
        const TextFile file = TextFileReader::read(path, 1024);
        QVERIFY(!file.ok());
        QVERIFY2(file.error.contains(QLatin1String("too large")), qPrintable(file.error));
        QCOMPARE(file.size, 2048);
    }
    void missingAndFolder()
    {
        RepositoryBuilder repo;
        QVERIFY(!TextFileReader::read(repo.path(QStringLiteral("nope.md"))).ok());
        repo.mkdir(QStringLiteral("ARC-001-REQ-v1.0.md"));
        const TextFile folder = TextFileReader::read(repo.path(QStringLiteral("ARC-001-REQ-v1.0.md")));
        QVERIFY(!folder.ok());
        QVERIFY(folder.error.contains(QLatin1String("folder")));
    }
    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file: the permission case cannot be made here");
        RepositoryBuilder repo;
        const QString path = repo.write(QStringLiteral("secret.md"), QByteArray("# x"));
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        QVERIFY(!TextFileReader::read(path).ok());
    }
    void firstHeading_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("heading");
        QTest::newRow("plain") << QByteArray("# MLOps Strategy\n\ntext") << "MLOps Strategy";
        QTest::newRow("after front matter") << QByteArray("> note\n\n# Title here \n") << "Title here";
        QTest::newRow("crlf") << QByteArray("# Windows\r\nmore") << "Windows";
        QTest::newRow("only h2") << QByteArray("## Not a title\n") << "";
        QTest::newRow("comment in a code block first")
            << QByteArray("```bash\n# install the tools\n```\n\n# Real Title\n") << "Real Title";
        QTest::newRow("binary") << QByteArray("# a\0b", 5) << "";
        QByteArray longHead(4090, 'x');
        longHead.prepend("\n");
        longHead.append("\xC3\xA9\n# Late");
        QTest::newRow("beyond the first block") << longHead << "";
    }
    void firstHeading()
    {
        QFETCH(QByteArray, content);
        RepositoryBuilder repo;
        const QString path = repo.write(QStringLiteral("doc.md"), content);
        QTEST(TextFileReader::firstHeading(path), "heading");
    }
};

QTEST_GUILESS_MAIN(TestTextFileReader)
#include "tst_textfilereader.moc"
