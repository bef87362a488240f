#pragma once
// The centre of the main window: the Markdown editor (with its find bar)
// beside the live preview; it lives with the main window because it is where
// the editor and preview features meet (neither includes the other), in a splitter, scrolling in step (each follows the other's top
// source line; a short guard stops the two from chasing each other).

#include <QElapsedTimer>
#include <QSplitter>
#include <QTimer>

namespace KSyntaxHighlighting {
class Repository;
}

namespace arckit {

class DocumentSession;
class FindBar;
class MarkdownEditor;
class PreviewPane;

class DocumentView : public QSplitter
{
    Q_OBJECT
public:
    DocumentView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~DocumentView() override;

    void setSession(DocumentSession *session);
    MarkdownEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    PreviewPane *preview() const { return m_preview; }

    bool syncScrolling() const { return m_sync; }
    void setSyncScrolling(bool sync);
    void setPreviewVisible(bool visible);

private:
    void onTextChanged();
    void onEditorTopLine(int line);
    void onPreviewScrolled(int line);

    MarkdownEditor *m_editor;
    FindBar *m_findBar;
    PreviewPane *m_preview;
    DocumentSession *m_session = nullptr;
    bool m_sync = true;
    QElapsedTimer m_editorDriven;  // when the editor last moved the preview
    QElapsedTimer m_previewDriven; // when the preview last moved the editor
};

} // namespace arckit
