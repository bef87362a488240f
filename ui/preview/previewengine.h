#pragma once
// Process-wide settings for Qt WebEngine, which only take effect before the
// QApplication exists. The preview shows one mostly static document, so it
// gives up what costs memory and start-up time without helping it:
// - the web view is composited in software: no OpenGL in the app at all (the
//   xcb platform skips GLX, and with it loading Mesa: about 150 ms at start),
//   no GPU thread or context (about 50 MB less);
// - V8 runs in lite mode (no optimising compiler, feedback allocated lazily),
//   about 25 MB less in the renderer; the page's own script is small, and
//   mermaid draws a diagram somewhat slower.
// Settings the user chose in the environment (QT_QUICK_BACKEND,
// QSG_RHI_BACKEND, QT_XCB_GL_INTEGRATION, QTWEBENGINE_CHROMIUM_FLAGS) are kept.

namespace arckit {

class PreviewEngine
{
public:
    // Before the QApplication is constructed.
    static void configure();
    // Right after: takes back what only the application's own start needed
    // from the environment, so that programs started from it (a browser for
    // a link) do not inherit it.
    static void applicationStarted();

private:
    static bool s_setGlIntegration;
};

} // namespace arckit
