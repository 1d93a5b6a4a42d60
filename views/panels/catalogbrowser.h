#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace aif {

class Catalog;

// Searchable view of the SQLite catalog: category filter, text search, and the selected
// entry's data with its source and date.
class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBrowser(const Catalog *catalog, QWidget *parent = nullptr);
    void setFilter(const QString &text);

private:
    void search();
    void showEntry();

    const Catalog *m_catalog;
    QComboBox *m_category;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QTextBrowser *m_details;
};

} // namespace aif
