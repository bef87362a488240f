#pragma once
// The GUI figures of arckit-mlops-bench --gui (run under Xvfb), printed as
// "name value unit": keystroke to preview, highlighting per keystroke, cold
// start to window and to preview, and the memory of the app with its
// WebEngine processes.

#include <QTextStream>

namespace arckit::bench {

class GuiBenchmarks
{
public:
    explicit GuiBenchmarks(QTextStream &out) : m_out(out) {}
    int run(int &argc, char **argv);

private:
    void inProcess(const QString &markdown);
    void coldStart(const QString &document);

    QTextStream &m_out;
};

} // namespace arckit::bench
