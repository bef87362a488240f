#pragma once
// A read-only window on a repository document (a requirement's source, an
// artifact from the tree), highlighted like the editor and opened at a line.
// It reads the file once and never writes it.

#include <QDialog>

namespace KSyntaxHighlighting {
class Repository;
}

class QLabel;

namespace arckit {

class MarkdownEditor;

class SourceViewer : public QDialog
{
    Q_OBJECT
public:
    SourceViewer(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // Loads path and shows line (1-based; 0 for the top). False with error when
    // the file cannot be read as text.
    bool openFile(const QString &path, int line, const QString &displayName, QString *error = nullptr);
    void goToLine(int line);

    QString filePath() const { return m_path; }
    MarkdownEditor *editor() const { return m_editor; }

private:
    MarkdownEditor *m_editor;
    QLabel *m_header;
    QString m_path;
};

} // namespace arckit
