// The preview's security in a real Qt WebEngine page (under Xvfb): a document
// full of hostile markup (scripts, event handlers, iframes, javascript: and
// file: links, remote links, images and CSS url()s) all aimed at a QTcpServer
// this test runs on 127.0.0.1. No connection may arrive, nothing may run, and
// clicking every link leaves the page where it is.

#include "preview/previewpage.h"
#include "preview/previewpane.h"
#include "previewscript.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <memory>

using namespace arckit;

namespace {

constexpr int kTimeout = test::kWebTimeout;
using test::evalJs;

// The hostile document: every way Markdown (or HTML inside it) could make the
// preview run code, fetch from the trap server or navigate away. %1 is the
// trap's origin.
QString hostileMarkdown(const QString &trap)
{
    return QStringLiteral("# Hostile document\n\n"
                          "<script>document.title = 'pwned-script'; fetch('%1/script-fetch')</script>\n\n"
                          "<script src=\"%1/script.js\"></script>\n\n"
                          "Inline <img src=\"%1/img-onerror.png\" onerror=\"document.title='pwned-img'\"> image.\n\n"
                          "<iframe src=\"%1/iframe\"></iframe>\n\n"
                          "<style>body { background: url(%1/css-style.png) }</style>\n\n"
                          "<div style=\"background-image: url('%1/css-inline.png')\">styled</div>\n\n"
                          "<link rel=\"stylesheet\" href=\"%1/sheet.css\">\n\n"
                          "<meta http-equiv=\"refresh\" content=\"0; url=%1/refresh\">\n\n"
                          "<a href=\"%1/raw-anchor\">raw anchor</a>\n\n"
                          "[javascript link](javascript:document.title='pwned-link')\n\n"
                          "[file link](file:///etc/passwd)\n\n"
                          "[remote site](%1/remote-site)\n\n"
                          "<%1/autolink>\n\n"
                          "![remote image](%1/markdown-image.png)\n\n"
                          "![image with quote](%1/x.png\"onerror=\"document.title='pwned-attr')\n\n"
                          "| table | with link |\n|---|---|\n| [cell](%1/cell-link) | ![](%1/cell-image.png) |\n")
        .arg(trap);
}

} // namespace

class TestWebSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_trap.listen(QHostAddress::LocalHost));
        connect(&m_trap, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_trap.nextPendingConnection()) {
                socket->waitForReadyRead(1000);
                m_requests << QString::fromLatin1(socket->readAll().left(200));
                socket->disconnectFromHost();
                socket->deleteLater();
            }
        });
        // The trap itself works: a plain connection is seen.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_trap.serverPort());
        QVERIFY(probe.waitForConnected(5000));
        probe.write("GET /probe HTTP/1.0\r\n\r\n");
        probe.flush();
        QTRY_COMPARE_WITH_TIMEOUT(m_requests.size(), 1, 5000);
        m_requests.clear();
        // And an ordinary, unprotected WebEngine page does reach it: the
        // silence below is the preview's doing, not a trap nobody can reach.
        {
            QWebEnginePage plain;
            plain.setHtml(QStringLiteral("<img src=\"%1/control.png\">").arg(trap()),
                          QUrl(QStringLiteral("http://127.0.0.1/")));
            QTRY_VERIFY_WITH_TIMEOUT(!m_requests.isEmpty(), kTimeout);
        }
        QTest::qWait(200);
        m_requests.clear();
    }

    void init()
    {
        m_pane = std::make_unique<PreviewPane>();
        m_pane->resize(900, 1400);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        QVERIFY2(m_requests.isEmpty(), qPrintable(m_requests.join(QLatin1String("\n---\n"))));
    }

    void markupIsShownAsTextAndNothingRuns()
    {
        load();
        const QString html = contentHtml();
        // Raw HTML became text: no active element or attribute in the DOM.
        const int active =
            evalJs(*m_pane,
                   QStringLiteral(
                       "document.querySelectorAll('#content script, #content iframe, #content style, #content link,"
                       " #content meta, #content object, #content embed, #content [onerror], #content [onclick],"
                       " #content [style]').length"))
                .toInt();
        QVERIFY2(active == 0, qPrintable(html));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        waitForNothing();
        QCOMPARE(evalJs(*m_pane, QStringLiteral("document.title")).toString(), QStringLiteral("Preview"));
        QCOMPARE(m_pane->page()->url(), PreviewPage::pageUrl());
    }

    void remoteResourcesAreNeverFetched()
    {
        load();
        // The Markdown images became <img> elements pointing at the trap:
        // the request interceptor must refuse them before any connection.
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->blockedRequestCount() >= 2, kTimeout);
        // Markup put into the page's DOM behind the converter's back (from
        // the app's own script world) fetches nothing either.
        const int before = m_pane->blockedRequestCount();
        evalJs(*m_pane,
               QStringLiteral(
                   "(() => { const t = '%1'; const c = document.getElementById('content');"
                   " c.insertAdjacentHTML('beforeend',"
                   "  `<img src=\"${t}/dom-img.png\" onerror=\"document.title='pwned-dom'\">`"
                   "  + `<div style=\"background-image:url(${t}/dom-css.png);width:50px;height:50px\">x</div>`"
                   "  + `<style>@import url(${t}/dom-import.css); #content { background: url(${t}/dom-style.png) "
                   "}</style>`"
                   "  + `<link rel=\"stylesheet\" href=\"${t}/dom-link.css\">`"
                   "  + `<iframe src=\"${t}/dom-iframe\"></iframe>`"
                   "  + `<video src=\"${t}/dom-video.mp4\" autoplay></video>`"
                   "  + `<object data=\"${t}/dom-object\"></object>`"
                   "  + `<script src=\"${t}/dom-script.js\"></script>`"
                   "  + `<form action=\"${t}/dom-form\" method=\"post\" id=\"f\"><input name=a value=b></form>`);"
                   " const f = document.createElement('link'); f.rel = 'prefetch'; f.href = t + '/dom-prefetch';"
                   " document.head.appendChild(f); return true; })()")
                   .arg(trap()));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->blockedRequestCount() > before, kTimeout);
        waitForNothing();
        QCOMPARE(evalJs(*m_pane, QStringLiteral("document.title")).toString(), QStringLiteral("Preview"));
    }

    void clickingEveryLinkStaysInThePage()
    {
        load();
        QSignalSpy external(m_pane.get(), &PreviewPane::externalLinkRequested);
        const int links = evalJs(*m_pane, QStringLiteral("document.querySelectorAll('#content a').length")).toInt();
        QVERIFY(links >= 4);
        // Each link clicked on its own (a second navigation would cancel the first).
        for (int i = 0; i < links; ++i) {
            evalJs(*m_pane, QStringLiteral("document.querySelectorAll('#content a')[%1].click(); true").arg(i));
            QTest::qWait(200);
            QCOMPARE(m_pane->page()->url().adjusted(QUrl::RemoveFragment), PreviewPage::pageUrl());
        }
        // A form submitted towards the trap is a navigation too.
        evalJs(*m_pane, QStringLiteral(
                            "(() => { const f = document.createElement('form'); f.action = '%1/form'; f.method = 'get';"
                            " document.body.appendChild(f); f.submit(); return true; })()")
                            .arg(trap()));
        // And so is script-driven navigation from the app's world.
        evalJs(*m_pane, QStringLiteral("window.location.href = '%1/location'; true").arg(trap()));
        evalJs(*m_pane, QStringLiteral("window.open('%1/popup'); true").arg(trap()));
        waitForNothing();
        QCOMPARE(m_pane->page()->url().adjusted(QUrl::RemoveFragment), PreviewPage::pageUrl());
        QCOMPARE(evalJs(*m_pane, QStringLiteral("document.title")).toString(), QStringLiteral("Preview"));
        // The page is still the live preview (not reloaded, not replaced).
        QCOMPARE(evalJs(*m_pane, QStringLiteral("document.querySelector('#content h1') !== null")).toBool(), true);
        // Only http(s) links are offered to the GUI (which asks before opening
        // the system browser); javascript: and file: never are.
        for (const QList<QVariant> &arguments : std::as_const(external)) {
            const QString scheme = arguments.at(0).toUrl().scheme();
            QVERIFY2(scheme == QLatin1String("http") || scheme == QLatin1String("https"), qPrintable(scheme));
        }
    }

private:
    QString trap() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_trap.serverPort()); }

    void load()
    {
        m_pane->setMarkdown(hostileMarkdown(trap()));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isPageReady() && m_pane->appliedRevision() == m_pane->revision(), kTimeout);
    }
    QString contentHtml()
    {
        return evalJs(*m_pane, QStringLiteral("document.getElementById('content').innerHTML")).toString();
    }
    // Gives a request that slipped through time to reach the trap.
    void waitForNothing() { QTest::qWait(1500); }

    QTcpServer m_trap;
    QStringList m_requests;
    std::unique_ptr<PreviewPane> m_pane;
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWebSecurity test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_web_security.moc"
