#pragma once
// Writes a hostile ArcKit repository into a temporary folder: one project per
// kind of bad input the issue lists (binary REQ, 50 MB REQ, 100,000-row
// table, 10,000 IDs, deep lists, 1 MB lines, NUL bytes, invalid UTF-8,
// UTF-16, CRLF and lone CR, symbolic-link loop and escape, unreadable file,
// folder named like a document, a project deleted after the scan) beside a
// good project copied from the bundled example. Shared by the engine and GUI
// hostile-repository tests, which must see the same files.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryDir>

namespace arckit::test {

class HostileRepository
{
public:
    // A file that must come back as a problem: the path (relative to the root)
    // it is reported under contains pathPart and its message contains messagePart.
    struct BadFile
    {
        QString name;
        QString pathPart;
        QString messagePart;
    };
    // A project whose REQ must still be read: at least minRequirements found,
    // firstId among them.
    struct GoodProject
    {
        QString dirName;
        int minRequirements;
        QString firstId;
    };

    HostileRepository()
    {
        QDir(root()).mkpath(QStringLiteral("projects"));
        writeGood();
        writeBinary();
        writeHuge();
        writeTable();
        writeManyIds();
        writeNestedList();
        writeLongLines();
        writeNulBytes();
        writeInvalidUtf8();
        writeUtf16();
        writeLineEndings();
        writeSymlinks();
        writeUnreadable();
        writeFolderNamedLikeDocument();
        writeDoomed();
    }

    bool isValid() const { return m_dir.isValid() && m_outside.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QList<BadFile> badFiles() const { return m_bad; }
    QList<GoodProject> goodProjects() const { return m_good; }
    // chmod 000 does not stop root from reading: then there is no unreadable file.
    bool hasUnreadableFile() const { return m_unreadable; }
    QString unreadableFile() const { return QStringLiteral("projects/016-unreadable/ARC-016-REQ-v1.0.md"); }
    // A project that exists for the scan and is deleted by the test afterwards.
    QString doomedProject() const { return QStringLiteral("projects/018-deleted"); }

    // A REQ body defining count requirements FR-NNN as headings.
    static QByteArray requirements(int count, const QByteArray &eol = "\n")
    {
        QByteArray text = "# Requirements" + eol + eol + "## Functional Requirements" + eol + eol;
        for (int i = 1; i <= count; ++i)
            text += "### FR-" + QByteArray::number(i).rightJustified(3, '0') +
                    ": Predict defect severity with a machine learning model" + eol + eol +
                    "**Description**: The model scores each image." + eol + eol;
        return text;
    }

private:
    void write(const QString &relative, const QByteArray &content)
    {
        const QString absolute = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(absolute).absolutePath());
        QFile file(absolute);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
    }
    void bad(const QString &name, const QString &pathPart, const QString &messagePart)
    {
        m_bad.append({name, pathPart, messagePart});
    }

    void writeGood()
    {
        const QString example = QStringLiteral(ARCKIT_EXAMPLE_REPO "/projects/");
        QDir().mkpath(path(QStringLiteral("projects/000-global")));
        QFile::copy(example + QStringLiteral("000-global/ARC-000-PRIN-v1.0.md"),
                    path(QStringLiteral("projects/000-global/ARC-000-PRIN-v1.0.md")));
        QDir().mkpath(path(QStringLiteral("projects/001-good")));
        for (const char *name : {"ARC-001-REQ-v1.1.md", "ARC-001-DATA-v1.0.md", "ARC-001-AIPB-v1.0.md"})
            QFile::copy(example + QStringLiteral("001-road-defect-detection/") + QLatin1String(name),
                        path(QStringLiteral("projects/001-good/") + QLatin1String(name)));
        m_good.append({QStringLiteral("001-good"), 20, QStringLiteral("BR-001")});
    }
    void writeBinary()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QRandomGenerator random(5);
        while (bytes.size() < 64 * 1024)
            bytes.append(char(random.bounded(256)));
        write(QStringLiteral("projects/002-binary/ARC-002-REQ-v1.0.md"), bytes);
        bad(QStringLiteral("binary REQ"), QStringLiteral("002-binary/ARC-002-REQ"), QStringLiteral("binary"));
    }
    void writeHuge()
    {
        // 50 MB, written in blocks: the reader must refuse it without reading it all.
        const QByteArray block = requirements(400);
        QFile file(path(QStringLiteral("projects/003-huge/ARC-003-REQ-v1.0.md")));
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (file.open(QIODevice::WriteOnly)) {
            while (file.size() < 50 * 1024 * 1024)
                file.write(block);
        }
        bad(QStringLiteral("50 MB REQ"), QStringLiteral("003-huge/ARC-003-REQ"), QStringLiteral("too large"));
    }
    void writeTable()
    {
        QByteArray text =
            "# Requirements\n\n## Functional Requirements\n\n| ID | Requirement | Priority |\n|----|----|----|\n";
        for (int i = 1; i <= 100000; ++i)
            text += "| FR-" + QByteArray::number(i).rightJustified(6, '0') + " | The model shall score report " +
                    QByteArray::number(i) + " | MUST |\n";
        write(QStringLiteral("projects/004-table/ARC-004-REQ-v1.0.md"), text);
        m_good.append({QStringLiteral("004-table"), 100000, QStringLiteral("FR-000001")});
    }
    void writeManyIds()
    {
        write(QStringLiteral("projects/005-ids/ARC-005-REQ-v1.0.md"), requirements(10000));
        m_good.append({QStringLiteral("005-ids"), 10000, QStringLiteral("FR-001")});
    }
    void writeNestedList()
    {
        QByteArray text = requirements(1) + "## Constraints\n\n";
        for (int level = 0; level < 20; ++level)
            text +=
                QByteArray(level * 2, ' ') + "- level " + QByteArray::number(level) + " mentions FR-001 and a model\n";
        for (int level = 19; level >= 0; --level)
            text += QByteArray(level * 2, ' ') + "* back at " + QByteArray::number(level) + "\n";
        write(QStringLiteral("projects/006-nested/ARC-006-REQ-v1.0.md"), text);
        m_good.append({QStringLiteral("006-nested"), 1, QStringLiteral("FR-001")});
    }
    void writeLongLines()
    {
        const QByteArray words = QByteArray("model drift training data ").repeated(1024 * 1024 / 26);
        QByteArray text = requirements(2);
        text += "Plain: " + words + "\n\n";
        text += "### FR-900: " + words + "\n\n";
        text += "| ID | Text |\n|----|----|\n| FR-901 | " + words + QByteArray("| x ").repeated(20000) + "|\n\n";
        text += "- " + QByteArray("[link](").repeated(100000) + "\n";
        write(QStringLiteral("projects/007-long-lines/ARC-007-REQ-v1.0.md"), text);
        m_good.append({QStringLiteral("007-long-lines"), 2, QStringLiteral("FR-001")});
    }
    void writeNulBytes()
    {
        // Past the first block, where a binary check that looks only at the
        // start would not see them.
        QByteArray text = requirements(200);
        text.insert(text.size() / 2, QByteArray("FR-1\0\0\0 NUL", 11));
        write(QStringLiteral("projects/008-nul/ARC-008-REQ-v1.0.md"), text);
        bad(QStringLiteral("NUL bytes"), QStringLiteral("008-nul/ARC-008-REQ"), QStringLiteral("NUL"));
    }
    void writeInvalidUtf8()
    {
        QByteArray text = requirements(3);
        text += "Caf\xe9 \xff\xfe\xc3 broken \xed\xa0\x80 surrogate\n";
        write(QStringLiteral("projects/009-invalid-utf8/ARC-009-REQ-v1.0.md"), text);
        bad(QStringLiteral("invalid UTF-8"), QStringLiteral("009-invalid-utf8/ARC-009-REQ"), QStringLiteral("UTF-8"));
        m_good.append({QStringLiteral("009-invalid-utf8"), 3, QStringLiteral("FR-001")});
    }
    void writeUtf16()
    {
        const QString text = QString::fromUtf8(requirements(4));
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        write(QStringLiteral("projects/010-utf16/ARC-010-REQ-v1.0.md"), bytes);
        m_good.append({QStringLiteral("010-utf16"), 4, QStringLiteral("FR-001")});
    }
    void writeLineEndings()
    {
        write(QStringLiteral("projects/011-crlf/ARC-011-REQ-v1.0.md"), requirements(5, "\r\n"));
        m_good.append({QStringLiteral("011-crlf"), 5, QStringLiteral("FR-001")});
        write(QStringLiteral("projects/012-lone-cr/ARC-012-REQ-v1.0.md"), requirements(6, "\r"));
        m_good.append({QStringLiteral("012-lone-cr"), 6, QStringLiteral("FR-001")});
    }
    void writeSymlinks()
    {
        write(QStringLiteral("projects/013-loop/ARC-013-REQ-v1.0.md"), requirements(2));
        QDir().mkpath(path(QStringLiteral("projects/013-loop/research")));
        QFile::link(QStringLiteral(".."), path(QStringLiteral("projects/013-loop/research/again")));
        bad(QStringLiteral("symbolic link loop"), QStringLiteral("013-loop/research/again"), QStringLiteral("loop"));
        m_good.append({QStringLiteral("013-loop"), 2, QStringLiteral("FR-001")});

        // Outside: a file with a secret, linked as a REQ, and a whole folder.
        QFile secret(m_outside.filePath(QStringLiteral("secret.md")));
        if (secret.open(QIODevice::WriteOnly))
            secret.write(requirements(1));
        QDir().mkpath(path(QStringLiteral("projects/014-outside")));
        QFile::link(secret.fileName(), path(QStringLiteral("projects/014-outside/ARC-014-REQ-v1.0.md")));
        bad(QStringLiteral("file link leaving the repository"), QStringLiteral("014-outside/ARC-014-REQ"),
            QStringLiteral("outside the repository"));
        QFile::link(m_outside.path(), path(QStringLiteral("projects/015-outside-folder")));
        bad(QStringLiteral("project link leaving the repository"), QStringLiteral("015-outside-folder"),
            QStringLiteral("outside the repository"));
    }
    void writeUnreadable()
    {
        const QString file = path(unreadableFile());
        write(unreadableFile(), requirements(1));
        QFile::setPermissions(file, QFileDevice::Permissions());
        QFile probe(file);
        m_unreadable = !probe.open(QIODevice::ReadOnly);
    }
    void writeFolderNamedLikeDocument()
    {
        write(QStringLiteral("projects/017-folder/ARC-017-REQ-v1.0.md/notes.md"), "# Notes\n");
        bad(QStringLiteral("folder named like a document"), QStringLiteral("017-folder/ARC-017-REQ-v1.0.md"),
            QStringLiteral("folder named like a document"));
    }
    void writeDoomed() { write(doomedProject() + QStringLiteral("/ARC-018-REQ-v1.0.md"), requirements(3)); }

    QTemporaryDir m_dir;
    QTemporaryDir m_outside;
    QList<BadFile> m_bad;
    QList<GoodProject> m_good;
    bool m_unreadable = false;
};

} // namespace arckit::test
