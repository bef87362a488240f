#pragma once
// The ML capabilities an ArcKit project may use or build (speech-to-text,
// translation, LLM generation, ...), how requirements name them, and the
// named cloud services and models that provide them. The profile reads
// requirements through it; the classifier asks it for the system's own
// vocabulary.
//
// A capability is named strongly ("speech-to-text", "OCR", "diarisation":
// words that mean ML on their own) or weakly ("translate", "forecast",
// "match": ML only when the requirement speaks of AI, a model or automation).
// Between the two, plain phrasings ("convert call recordings to text",
// "automatically translate") mean it where the system runs models: a function
// of an ML system that asks for one asks for the capability.

#include "wordindex.h"

#include "textexpression.h"
#include <QList>

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace arckit {

struct CapabilityDefinition
{
    QString key;  // "speech-to-text"
    QString name; // "Speech-to-text"
    QString kind; // a use-case key of Answers::useCaseKeys()
    TextExpression strong;
    TextExpression weak; // may be invalid (no weak names)
    // Plain words that mean it in a system that runs models; may be invalid.
    TextExpression plain;
    // Words every match of strong / weak holds (WordIndex's comparison): a
    // requirement with none of them is not searched with the expression.
    QList<quint64> strongWords;
    QList<quint64> weakWords;
    QList<quint64> plainWords;
};

// A named product that provides a capability ("Amazon Transcribe") or a
// model family ("GPT-4o"), and how a project gets it.
struct ServiceDefinition
{
    QString name;       // as the profile shows it
    QString capability; // catalogue key it provides; empty for general ML platforms
    QString approach;   // model-type key: "prebuilt-saas", "foundation-api"
    QString cloud;      // "AWS", "Azure", "GCP", or empty
    TextExpression pattern;
    QList<quint64> words; // WordIndex::keys() of a word every match holds
};

// Where a capability is named in a text.
struct CapabilityMatch
{
    const CapabilityDefinition *definition = nullptr;
    bool strong = false;
    qsizetype offset = 0;
    qsizetype length = 0; // of the words that name it
    // Named in plain words (CapabilityDefinition::plain): weak, except where a
    // function of a system that runs models asks for it.
    bool plain = false;
};

class CapabilityCatalogue
{
public:
    static const CapabilityCatalogue &instance();

    const QList<CapabilityDefinition> &capabilities() const { return m_capabilities; }
    const QList<ServiceDefinition> &services() const { return m_services; }
    const CapabilityDefinition *capability(const QString &key) const;

    // Every capability named in text. Weak names count only when aiContext is
    // true (the requirement speaks of AI, a model or automation); plain ones
    // always, marked as such.
    QList<CapabilityMatch> find(const QString &text, bool aiContext) const;
    // True when the text speaks of AI, ML, a model or intelligent automation.
    static bool hasAiContext(const QString &text);
    // True when a requirement is about guidance, policy, training people or
    // buying AI rather than about a model the system runs.
    static bool isAboutGuidance(const QString &text);
    // The same, given the text's words (WordSet(text)): a caller asking all
    // three of one requirement reads its words once.
    QList<CapabilityMatch> find(const QString &text, const WordSet &words, bool aiContext) const;
    static bool hasAiContext(const QString &text, const WordSet &words);
    static bool isAboutGuidance(const QString &text, const WordSet &words);

    // The named services in a text, in order of appearance (each once).
    QList<const ServiceDefinition *> findServices(const QString &text) const;
    // The same, with the text's words already known.
    QList<const ServiceDefinition *> findServices(const QString &text, const WordSet &words) const;

    // How the text says the capability is obtained ("fine-tuned", "trained
    // on our data"): a model-type key, or empty.
    static QString approachStated(const QString &text);
    // The same, given the text's words: most texts hold none of the words an
    // approach is stated with, and are not searched.
    static QString approachStated(const QString &text, const WordSet &words);
    // The same over a capability's requirements read as one, each given with
    // its words (or none: searched anyway).
    static QString approachStated(const QList<std::pair<const QString *, const WordSet *>> &texts);
    static const QList<quint64> &approachWords();

private:
    CapabilityCatalogue();
    QList<CapabilityDefinition> m_capabilities;
    QList<ServiceDefinition> m_services;
};

} // namespace arckit
