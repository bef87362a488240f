// Types into a DocumentSession (the GUI's open document, with its recovery
// store) until it is killed, for tst_kill_recovery:
//   typist RECOVERY_DIR DOCUMENT
// Opens DOCUMENT, then appends "typed N" lines every 40 ms through a text
// cursor, as the editor does, and prints "typed N" after each one.
#include "document/documentsession.h"

#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>

using namespace arckit;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: typist RECOVERY_DIR DOCUMENT\n");
        return 2;
    }
    DocumentSession session(args.at(1));
    QString error;
    if (!session.open(args.at(2), QString(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int typed = 0;
    QTimer keys;
    keys.setInterval(40);
    QObject::connect(&keys, &QTimer::timeout, &session, [&] {
        QTextCursor cursor(session.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("typed %1\n").arg(++typed));
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    keys.start();
    return app.exec();
}
