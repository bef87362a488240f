// xwatch: times a desktop application from the outside, the same way for any
// application, so that ArcKit MLOps Studio and a peer (ghostwriter) are
// measured by one method. It launches the command, then watches the X server:
//   window_shown_ms        launch to the first painted frame of its top-level window
//   preview_drawn_ms       launch to the last change of the preview region before
//                          it stayed unchanged for --settle ms
//   rss/pss/uss_total_mb   the process and every descendant (WebEngine
//                          helpers), from /proc/PID/smaps_rollup, once drawn
//   keystroke_to_preview_*_ms  a key sent with XTest to the first change of
//                          the preview region (debounce, conversion, paint)
// Prints "name value unit" lines. Built by packaging/bench-ghostwriter.sh:
//   c++ -O2 xwatch.cpp -lX11 -lXext -lXtst
// Needs a display (Xvfb) without a window manager: windows are direct
// children of the root.

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <dirent.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
Clock::time_point g_launch;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

struct Rect {
    double x0 = 0, y0 = 0, x1 = 1, y1 = 1; // fractions of the window
};

struct Options {
    Rect preview{0.55, 0.08, 0.95, 0.75};
    double clickX = -1, clickY = -1;
    int keys = 0;
    int settleMs = 1500;
    int timeoutMs = 60000;
    bool verbose = false;
    std::vector<char *> command;
};

bool parseRect(const char *text, Rect &rect)
{
    return std::sscanf(text, "%lf,%lf,%lf,%lf", &rect.x0, &rect.y0, &rect.x1, &rect.y1) == 4 && rect.x0 < rect.x1
        && rect.y0 < rect.y1;
}

std::optional<Options> parseArguments(int argc, char **argv)
{
    Options options;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--") {
            ++i;
            break;
        } else if (arg == "--region" && hasValue) {
            if (!parseRect(argv[++i], options.preview))
                return std::nullopt;
        } else if (arg == "--click" && hasValue) {
            if (std::sscanf(argv[++i], "%lf,%lf", &options.clickX, &options.clickY) != 2)
                return std::nullopt;
        } else if (arg == "--keys" && hasValue) {
            options.keys = std::atoi(argv[++i]);
        } else if (arg == "--settle" && hasValue) {
            options.settleMs = std::atoi(argv[++i]);
        } else if (arg == "--verbose") {
            options.verbose = true;
        } else if (arg == "--timeout" && hasValue) {
            options.timeoutMs = std::atoi(argv[++i]);
        } else {
            return std::nullopt;
        }
    }
    for (; i < argc; ++i)
        options.command.push_back(argv[i]);
    if (options.command.empty())
        return std::nullopt;
    options.command.push_back(nullptr);
    return options;
}

// The process and all its descendants, from /proc/*/stat.
std::vector<pid_t> processTree(pid_t root)
{
    std::vector<std::pair<pid_t, pid_t>> parents; // pid, ppid
    if (DIR *proc = opendir("/proc")) {
        while (dirent *entry = readdir(proc)) {
            const pid_t pid = std::atoi(entry->d_name);
            if (pid <= 0)
                continue;
            std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
            std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
            const auto close = text.rfind(')');
            if (close == std::string::npos)
                continue;
            std::istringstream fields(text.substr(close + 2));
            std::string state;
            pid_t ppid = 0;
            fields >> state >> ppid;
            parents.emplace_back(pid, ppid);
        }
        closedir(proc);
    }
    std::vector<pid_t> tree{root};
    for (size_t i = 0; i < tree.size(); ++i)
        for (const auto &[pid, ppid] : parents)
            if (ppid == tree[i])
                tree.push_back(pid);
    return tree;
}

struct Memory {
    double rss = 0, pss = 0, uss = 0; // MB
};

// USS (private pages) does not depend on what else runs; PSS also gives each
// process its share of pages it shares with others (libraries), so another
// program using the same Qt WebEngine at the same time lowers it.
Memory memoryMb(pid_t root)
{
    Memory memory;
    for (pid_t pid : processTree(root)) {
        std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
        std::string name;
        double kb = 0;
        std::string line;
        while (std::getline(rollup, line)) {
            std::istringstream fields(line);
            if (!(fields >> name >> kb))
                continue;
            if (name == "Rss:")
                memory.rss += kb / 1024.0;
            else if (name == "Pss:")
                memory.pss += kb / 1024.0;
            else if (name == "Private_Clean:" || name == "Private_Dirty:")
                memory.uss += kb / 1024.0;
        }
    }
    return memory;
}

// Grabs rectangles of one window through shared memory (cheap enough to poll
// every few milliseconds without slowing the application being measured).
class Grabber
{
public:
    explicit Grabber(Display *display)
        : m_display(display)
    {
    }
    ~Grabber() { release(); }

    // FNV-1a of the pixels; nullopt when the window is gone. uniform: every
    // pixel the same colour (nothing drawn yet).
    std::optional<uint64_t> hash(Window window, int x, int y, int width, int height, bool *uniform = nullptr)
    {
        if (!ensure(width, height))
            return std::nullopt;
        bool ok = false;
        if (m_shm) {
            m_image->width = width;
            m_image->height = height;
            m_image->bytes_per_line = width * 4;
            ok = XShmGetImage(m_display, window, m_image, x, y, AllPlanes);
        } else {
            XImage *image = XGetImage(m_display, window, x, y, width, height, AllPlanes, ZPixmap);
            if (image) {
                std::memcpy(m_buffer.data(), image->data, size_t(width) * height * 4);
                XDestroyImage(image);
                ok = true;
            }
        }
        if (!ok)
            return std::nullopt;
        const auto *pixels = reinterpret_cast<const uint32_t *>(m_shm ? m_image->data : m_buffer.data());
        const size_t count = size_t(width) * height;
        uint64_t h = 1469598103934665603ull;
        bool same = true;
        for (size_t i = 0; i < count; ++i) {
            const uint32_t p = pixels[i] & 0xffffffu;
            same = same && p == (pixels[0] & 0xffffffu);
            h = (h ^ p) * 1099511628211ull;
        }
        if (uniform)
            *uniform = same;
        return h;
    }

private:
    bool ensure(int width, int height)
    {
        if (width <= 0 || height <= 0)
            return false;
        if (width <= m_width && height <= m_height)
            return true;
        release();
        m_width = width;
        m_height = height;
        m_buffer.assign(size_t(width) * height * 4, 0);
        int major = 0, minor = 0;
        Bool pixmaps = False;
        if (!XShmQueryVersion(m_display, &major, &minor, &pixmaps))
            return true; // XGetImage fallback
        const int screen = DefaultScreen(m_display);
        m_image = XShmCreateImage(m_display, DefaultVisual(m_display, screen), DefaultDepth(m_display, screen), ZPixmap,
                                  nullptr, &m_info, width, height);
        if (!m_image || m_image->bits_per_pixel != 32)
            return release(), true;
        m_info.shmid = shmget(IPC_PRIVATE, size_t(m_image->bytes_per_line) * height, IPC_CREAT | 0600);
        m_info.shmaddr = m_image->data = static_cast<char *>(shmat(m_info.shmid, nullptr, 0));
        m_info.readOnly = False;
        XShmAttach(m_display, &m_info);
        XSync(m_display, False);
        shmctl(m_info.shmid, IPC_RMID, nullptr); // freed once both sides detach
        m_shm = true;
        return true;
    }

    void release()
    {
        if (m_shm) {
            XShmDetach(m_display, &m_info);
            shmdt(m_info.shmaddr);
            m_shm = false;
        }
        if (m_image) {
            m_image->data = nullptr;
            XDestroyImage(m_image);
            m_image = nullptr;
        }
    }

    Display *m_display;
    XShmSegmentInfo m_info{};
    XImage *m_image = nullptr;
    bool m_shm = false;
    std::vector<char> m_buffer;
    int m_width = 0, m_height = 0;
};

// X errors (a window that vanished between two requests) are not fatal here.
int ignoreXError(Display *, XErrorEvent *)
{
    return 0;
}

// The mapped top-level window of pid (Qt sets _NET_WM_PID), at least 300 px wide.
std::optional<Window> findWindow(Display *display, pid_t pid)
{
    const Atom wmPid = XInternAtom(display, "_NET_WM_PID", True);
    if (wmPid == None)
        return std::nullopt;
    Window root = 0, parent = 0, *children = nullptr;
    unsigned count = 0;
    if (!XQueryTree(display, DefaultRootWindow(display), &root, &parent, &children, &count))
        return std::nullopt;
    std::optional<Window> found;
    for (unsigned i = 0; i < count && !found; ++i) {
        XWindowAttributes attributes;
        if (!XGetWindowAttributes(display, children[i], &attributes) || attributes.map_state != IsViewable
            || attributes.width < 300)
            continue;
        Atom type = None;
        int format = 0;
        unsigned long items = 0, after = 0;
        unsigned char *data = nullptr;
        if (XGetWindowProperty(display, children[i], wmPid, 0, 1, False, XA_CARDINAL, &type, &format, &items, &after, &data)
                == Success
            && data && items == 1 && format == 32 && pid_t(*reinterpret_cast<unsigned long *>(data)) == pid)
            found = children[i];
        if (data)
            XFree(data);
    }
    if (children)
        XFree(children);
    return found;
}

struct Area {
    int x, y, width, height;
};

Area areaOf(Display *display, Window window, const Rect &rect)
{
    XWindowAttributes attributes{};
    XGetWindowAttributes(display, window, &attributes);
    const int x0 = int(rect.x0 * attributes.width), y0 = int(rect.y0 * attributes.height);
    return {x0, y0, int(rect.x1 * attributes.width) - x0, int(rect.y1 * attributes.height) - y0};
}

void sendKey(Display *display, KeySym symbol)
{
    const KeyCode code = XKeysymToKeycode(display, symbol);
    XTestFakeKeyEvent(display, code, True, CurrentTime);
    XTestFakeKeyEvent(display, code, False, CurrentTime);
    XFlush(display);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void stop(pid_t child)
{
    const std::vector<pid_t> tree = processTree(child);
    kill(child, SIGTERM);
    for (int i = 0; i < 100 && waitpid(child, nullptr, WNOHANG) == 0; ++i)
        sleepMs(50);
    if (waitpid(child, nullptr, WNOHANG) == 0) {
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
    }
    sleepMs(300);
    for (pid_t pid : tree)
        if (pid != child && kill(pid, 0) == 0)
            kill(pid, SIGKILL); // a helper that outlived its parent
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> parsed = parseArguments(argc, argv);
    if (!parsed) {
        std::fprintf(stderr, "usage: xwatch [--region x0,y0,x1,y1] [--click x,y --keys N] [--settle MS] "
                             "[--timeout MS] [--verbose] -- COMMAND [ARGS...]   (fractions of the window)\n");
        return 2;
    }
    const Options &options = *parsed;
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "xwatch: no X display\n");
        return 2;
    }
    XSetErrorHandler(ignoreXError);
    int event = 0, error = 0, major = 0, minor = 0;
    if (options.keys > 0 && !XTestQueryExtension(display, &event, &error, &major, &minor)) {
        std::fprintf(stderr, "xwatch: the X server has no XTest\n");
        return 2;
    }
    Grabber grabber(display);

    g_launch = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        close(ConnectionNumber(display));
        execvp(options.command[0], options.command.data());
        std::perror("xwatch: exec");
        _exit(127);
    }
    const auto timedOut = [&] { return msSince(g_launch) > options.timeoutMs; };
    const auto exited = [&] { return waitpid(child, nullptr, WNOHANG) != 0; };

    // 1. The window: mapped, and something painted in its top-left corner.
    std::optional<Window> window;
    double shownMs = -1;
    while (shownMs < 0 && !timedOut() && !exited()) {
        if (!window)
            window = findWindow(display, child);
        if (window) {
            bool uniform = true;
            if (grabber.hash(*window, 0, 0, 300, 60, &uniform) && !uniform)
                shownMs = msSince(g_launch);
        }
        if (shownMs < 0)
            sleepMs(2);
    }
    if (shownMs < 0) {
        std::printf("window_shown_ms timeout ms\n");
        stop(child);
        return 1;
    }
    std::printf("window_shown_ms %.0f ms\n", shownMs);
    std::fflush(stdout);

    // 2. The preview: the last change before it held still for settleMs.
    const Area preview = areaOf(display, *window, options.preview);
    std::optional<uint64_t> last;
    double lastChangeMs = shownMs;
    bool lastUniform = true;
    while (!timedOut() && !exited()) {
        bool uniform = true;
        const std::optional<uint64_t> h = grabber.hash(*window, preview.x, preview.y, preview.width, preview.height, &uniform);
        const double now = msSince(g_launch);
        if (h && h != last) {
            if (options.verbose)
                std::fprintf(stderr, "xwatch: preview changed at %.0f ms%s\n", now, uniform ? " (uniform)" : "");
            last = h;
            lastUniform = uniform;
            lastChangeMs = now;
        } else if (h && !lastUniform && now - lastChangeMs >= options.settleMs) {
            break;
        }
        sleepMs(5);
    }
    if (timedOut() || exited()) {
        std::printf("preview_drawn_ms timeout ms\n");
        stop(child);
        return 1;
    }
    std::printf("preview_drawn_ms %.0f ms\n", lastChangeMs);
    const Memory memory = memoryMb(child);
    std::printf("rss_total_mb %.0f MB\npss_total_mb %.0f MB\nuss_total_mb %.0f MB\nprocesses %zu count\n", memory.rss,
                memory.pss, memory.uss, processTree(child).size());
    std::fflush(stdout);

    // 3. Keystrokes: click into the editor, go to the end of that line, then
    // type a letter and delete it again, each a timed keystroke.
    if (options.keys > 0 && options.clickX >= 0) {
        const Area click = areaOf(display, *window, Rect{options.clickX, options.clickY, 1, 1});
        XWindowAttributes attributes{};
        XGetWindowAttributes(display, *window, &attributes);
        Window unused = 0;
        int rootX = 0, rootY = 0;
        XTranslateCoordinates(display, *window, DefaultRootWindow(display), click.x, click.y, &rootX, &rootY, &unused);
        XSetInputFocus(display, *window, RevertToParent, CurrentTime);
        XTestFakeMotionEvent(display, DefaultScreen(display), rootX, rootY, CurrentTime);
        XTestFakeButtonEvent(display, 1, True, CurrentTime);
        XTestFakeButtonEvent(display, 1, False, CurrentTime);
        XFlush(display);
        sleepMs(300);
        sendKey(display, XK_End);
        const auto waitStill = [&](int stillMs) {
            std::optional<uint64_t> seen;
            double since = msSince(g_launch);
            while (!timedOut()) {
                const auto h = grabber.hash(*window, preview.x, preview.y, preview.width, preview.height);
                const double now = msSince(g_launch);
                if (h != seen) {
                    seen = h;
                    since = now;
                } else if (now - since >= stillMs) {
                    return seen;
                }
                sleepMs(5);
            }
            return seen;
        };
        std::vector<double> latencies;
        for (int i = 0; i < options.keys && !exited(); ++i) {
            const std::optional<uint64_t> before = waitStill(600);
            const Clock::time_point sent = Clock::now();
            sendKey(display, i % 2 == 0 ? XK_x : XK_BackSpace);
            while (msSince(sent) < 3000) {
                const auto h = grabber.hash(*window, preview.x, preview.y, preview.width, preview.height);
                if (h && h != before) {
                    latencies.push_back(msSince(sent));
                    break;
                }
                sleepMs(1);
            }
        }
        if (latencies.empty()) {
            std::printf("keystroke_to_preview_median_ms timeout ms\n");
        } else {
            std::printf("keystroke_to_preview_median_ms %.0f ms\n", median(latencies));
            std::printf("keystroke_to_preview_min_ms %.0f ms\n", *std::min_element(latencies.begin(), latencies.end()));
            std::printf("keystroke_to_preview_max_ms %.0f ms\n", *std::max_element(latencies.begin(), latencies.end()));
            std::printf("keystrokes %zu count\n", latencies.size());
        }
    }
    std::fflush(stdout);
    stop(child);
    return 0; // the display closes with the process (the grabber still holds shared memory on it)
}
