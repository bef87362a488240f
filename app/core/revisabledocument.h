#pragma once
// An existing MLOps strategy opened for revision, from any author: its text
// exactly as on disk (and the encoding to write it back in), its structure,
// the version it is at (the highest its file name, its Document Control table
// and its Revision History name, with a message when they disagree), the answers it was made from (the
// embedded block, else what its text implies) and the gap view. Opening
// never writes anything.

#include "answers.h"
#include "answersinference.h"
#include "arcfilename.h"
#include "documentstructure.h"
#include "sectiongaps.h"
#include "textfilereader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace arckit {

class RevisableDocument
{
public:
    enum class AnswersSource { None, Embedded, Inferred };

    // Reads path; error() says why when the file could not be used.
    static RevisableDocument open(const QString &path);
    // A document already in memory (the editor's), with the encoding it came in.
    static RevisableDocument fromText(const QString &path, const QString &text, const QString &encoding);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString folder() const;
    const QString &text() const { return m_structure.text(); }
    QString encoding() const { return m_encoding; }
    const DocumentStructure &structure() const { return m_structure; }

    QString projectId() const { return m_projectId; } // "001"; empty when neither name nor table says
    QString versionInName() const { return m_versionInName; }
    QString versionInTable() const { return m_versionInTable; }     // Version, else the Document ID's
    QString versionInHistory() const { return m_versionInHistory; } // the highest Revision History row
    // The version this document is at: the highest of the three, since a file
    // copied forward by hand often keeps its old name while its Document
    // Control and Revision History already say the newer version; empty when
    // none says (the user chooses then).
    QString version() const;
    // The file name names a lower version than the text: the revision follows the text.
    bool nameLags() const;

    const Answers &answers() const { return m_answers; }
    AnswersSource answersSource() const { return m_answersSource; }
    const AnswersInferenceResult &inference() const { return m_inference; }
    const QList<SectionGap> &gaps() const { return m_gaps; }
    // The problems and facts the user should see before revising.
    const QStringList &messages() const { return m_messages; }

    // The file changed on disk since it was read (size or time differs).
    bool changedOnDisk() const;

private:
    void analyse();

    QString m_path;
    QString m_encoding = QStringLiteral("UTF-8");
    QString m_error;
    DocumentStructure m_structure;
    QString m_projectId;
    QString m_versionInName;
    QString m_versionInTable;
    QString m_versionInHistory;
    Answers m_answers;
    AnswersSource m_answersSource = AnswersSource::None;
    AnswersInferenceResult m_inference;
    QList<SectionGap> m_gaps;
    QStringList m_messages;
    QDateTime m_modified;
    qint64 m_size = -1;
};

} // namespace arckit
