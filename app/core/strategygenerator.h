#pragma once
// The one way a front end turns a project's analysis and the wizard's answers
// into an MLOps strategy document: the command line's `generate`, the GUI's
// New MLOps Strategy, Revise (regenerate) and Insert Sections all come here,
// so the same project, answers and date give the same bytes everywhere.
//
// A new version carries over the latest existing one (PreviousVersion): its
// embedded answers are where the wizard starts, its Created Date stays, and
// its Revision History rows stand above the new row. Regenerating an open
// document keeps the sections edited by hand (SectionMerge).
//
// Today's date is StrategyGenerator::today(): the system date, or the
// ARCKIT_TODAY environment variable (YYYY-MM-DD) when it is set, so that tests
// can compare a document made by the CLI with one made by the GUI.

#include "answers.h"
#include "previousversion.h"
#include "projectanalysis.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace arckit {

struct StrategyOptions
{
    QString version; // empty: the project's next version (major or minor)
    bool major = false;
    QDate date;            // empty: today()
    QDate createdDate;     // empty: the previous version's Created Date, else date
    QString templatePath;  // a Mustache template that wins over the repository's and the bundled one
    bool carryOver = true; // keep the previous version's Created Date and Revision History rows
};

struct StrategyDocument
{
    QString markdown;
    QString version;
    QString templateUsed;
    QString error;        // the template could not be read, or the previous version could not be read
    QStringList warnings; // what the renderer fell back on (a broken platform-components file, ...)

    bool ok() const { return error.isEmpty(); }
};

struct Regeneration
{
    StrategyDocument document;  // the merged text
    QStringList editedSections; // the titles of the sections edited by hand
};

class StrategyGenerator
{
public:
    // repositoryRoot: where template overrides (.arckit/templates*) are looked up.
    StrategyGenerator(const ProjectAnalysis &analysis, const QString &repositoryRoot);

    // The project's latest MLOPS document; nullopt when there is none.
    const std::optional<PreviousVersion> &previous() const { return m_previous; }
    // Why the latest version could not be read ("ARC-...md: ..."); empty when it could.
    QString previousProblem() const;
    // The answers a new version starts from: those embedded in the latest
    // version, else the defaults read from the project's documents.
    Answers startingAnswers() const;

    // A new version of the strategy from answers.
    StrategyDocument generate(const Answers &answers, const StrategyOptions &options = {}) const;

    // What answers generate with an existing document's Document Control (its
    // Version, Last Modified and Created Date): the text hand edits are
    // measured against, and the source of sections to insert.
    StrategyDocument generateLike(const QString &markdown, const Answers &answers) const;
    // The sections of current that differ from what oldAnswers generate.
    QStringList editedSections(const QString &current, const Answers &oldAnswers) const;
    // current regenerated from newAnswers (dated date, empty: today()), its
    // hand-edited sections kept when keepEdits.
    Regeneration regenerate(const QString &current, const Answers &oldAnswers, const Answers &newAnswers,
                            bool keepEdits, const QDate &date = {}) const;

    // The date a document generated now carries: ARCKIT_TODAY (YYYY-MM-DD)
    // when set and valid, else the system's date.
    static QDate today();
    // The options that reproduce an existing document's Document Control.
    static StrategyOptions optionsFromDocument(const QString &markdown, const Project &project);

private:
    const ProjectAnalysis &m_analysis;
    QString m_root;
    std::optional<PreviousVersion> m_previous;
};

} // namespace arckit
