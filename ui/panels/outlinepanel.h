#pragma once
// The Outline dock: the document's headings (click to jump) and which of the
// reference sections it has.

#include "markdownoutline.h"
#include "referencesections.h"

#include <QWidget>

class QLabel;
class QListView;
class QTreeView;

namespace arckit {

class OutlineModel;
class ReferenceSectionsModel;

class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setOutline(const MarkdownOutline &outline, const SectionMatches &matches);
    // Marks the heading the editor's cursor is in, without emitting lineRequested.
    void setCurrentLine(int line);

    OutlineModel *model() const { return m_model; }
    ReferenceSectionsModel *sectionsModel() const { return m_sections; }
    QTreeView *view() const { return m_view; }
    QListView *sectionsView() const { return m_sectionsView; }
    QString sectionsSummary() const;

Q_SIGNALS:
    void lineRequested(int line);

private:
    void requestLine(const QModelIndex &index);

    OutlineModel *m_model;
    ReferenceSectionsModel *m_sections;
    QTreeView *m_view;
    QListView *m_sectionsView;
    QLabel *m_sectionsLabel;
    bool m_settingCurrent = false;
};

} // namespace arckit
