#pragma once
// The floor under the preview's start-up: a bare window holding only a
// QWebEngineView with a one-paragraph page, no editor, no document, no
// channel. arckit-mlops-bench starts itself in this mode (--bare-page) and
// times it as it times the app, so the README can show how much of the app's
// cold start and memory Qt WebEngine itself takes on this machine.

namespace arckit::bench {

class BareWebPage
{
public:
    // With engineSettings, the app's WebEngine settings (PreviewEngine);
    // without, Qt's defaults. Prints the same startup probe lines as the app.
    static int run(int &argc, char **argv, bool engineSettings);
};

} // namespace arckit::bench
