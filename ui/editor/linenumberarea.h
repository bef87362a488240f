#pragma once
// The gutter beside a MarkdownEditor that shows line numbers; the editor
// paints it, so that the numbers follow the editor's own block geometry.

#include <QWidget>

namespace arckit {

class MarkdownEditor;

class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(MarkdownEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MarkdownEditor *m_editor;
};

} // namespace arckit
