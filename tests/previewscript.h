#pragma once
// For the WebEngine tests: run JavaScript in the preview page's application
// world (the app's own scripts live there; the document's main world has
// JavaScript off) and wait for its result.

#include "preview/previewpane.h"

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <memory>

namespace arckit::test {

constexpr int kWebTimeout = 60000; // WebEngine starts slowly on two busy cores

inline QVariant evalJs(PreviewPane &pane, const QString &script)
{
    struct Result
    {
        bool done = false;
        QVariant value;
    };
    auto result = std::make_shared<Result>();
    pane.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [result](const QVariant &value) {
        result->value = value;
        result->done = true;
    });
    if (!QTest::qWaitFor([&] { return result->done; }, kWebTimeout))
        qWarning() << "JavaScript did not answer:" << script;
    return result->value;
}

} // namespace arckit::test
