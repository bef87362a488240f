// The preview page's own script. Qt injects it into the application world
// (the page's main world has JavaScript switched off, so nothing from a
// document can run). It receives patches of top-level blocks through the
// QWebChannel and edits the DOM in place: no reload, the scroll position
// stays, and only changed blocks are parsed and laid out again. Mermaid
// diagrams are rendered here and cached by source, so editing elsewhere
// never re-renders them.
(function () {
    'use strict';

    const content = document.getElementById('content');
    let bridge = null;
    let lines = [];                       // source line of each child of #content

    // --- mermaid -----------------------------------------------------------
    let mermaidTheme = 'default';
    const diagramCache = new Map();       // theme + '\n' + source -> {svg} | {error}
    const diagramSource = new WeakMap();  // <pre class="mermaid"> -> its source
    const pendingDiagrams = [];
    let renderingDiagrams = false;
    let diagramCounter = 0;
    const maxCachedDiagrams = 64;

    // A macrotask boundary. Not setTimeout: with the main world's
    // JavaScript off, Chromium never fires timers, even this world's.
    const taskChannel = new MessageChannel();
    const taskWaiters = [];
    taskChannel.port1.onmessage = function () {
        const resolve = taskWaiters.shift();
        if (resolve)
            resolve();
    };
    function nextTask() {
        return new Promise(function (resolve) {
            taskWaiters.push(resolve);
            taskChannel.port2.postMessage(null);
        });
    }

    // mermaid.render() with a time limit, so one diagram that never settles
    // (a diagram type that waits for a timer, see nextTask) cannot stop all
    // others. Watched with idle callbacks, which do run here.
    const renderTimeLimitMs = 15000;
    function renderWithDeadline(id, source) {
        return new Promise(function (resolve, reject) {
            let settled = false;
            const deadline = performance.now() + renderTimeLimitMs;
            mermaid.render(id, source).then(function (output) {
                settled = true;
                resolve(output);
            }, function (error) {
                settled = true;
                reject(error);
            });
            (function watch() {
                if (settled)
                    return;
                if (performance.now() > deadline) {
                    settled = true;
                    reject(new Error('The diagram did not finish rendering.'));
                    return;
                }
                requestIdleCallback(watch, { timeout: 500 });
            })();
        });
    }

    function haveMermaid() {
        return typeof mermaid !== 'undefined';
    }

    // Mermaid (2.5 MB of script) is not part of the page: parsing it would
    // hold back the first view of every document. The first diagram asks the
    // app to inject it into this world, followed by a call of arckitMermaidLoaded().
    let mermaidRequested = false;
    function requestMermaid() {
        if (mermaidRequested || !bridge)
            return;
        mermaidRequested = true;
        bridge.requestMermaid();
    }
    globalThis.arckitMermaidLoaded = function () {
        initMermaid();
        renderPendingDiagrams();
    };

    function initMermaid() {
        if (!haveMermaid())
            return;
        mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: mermaidTheme,
            suppressErrorRendering: true,
        });
    }

    function showDiagram(element, result) {
        if (result.svg !== undefined) {
            element.innerHTML = result.svg;
            element.classList.add('rendered');
            element.classList.remove('failed', 'stale');
            element.removeAttribute('data-error');
        } else {
            element.textContent = diagramSource.get(element);
            element.classList.add('failed');
            element.classList.remove('rendered', 'stale');
            element.setAttribute('data-error', result.error);
        }
    }

    // placeholder: the SVG of the diagram this element replaces, shown
    // dimmed while the new version renders instead of flashing the source.
    function queueDiagram(element, placeholder) {
        if (!diagramSource.has(element))
            diagramSource.set(element, element.textContent);
        const cached = diagramCache.get(mermaidTheme + '\n' + diagramSource.get(element));
        if (cached) {
            showDiagram(element, cached);
            return;
        }
        if (placeholder) {
            element.innerHTML = placeholder;
            element.classList.add('rendered', 'stale');
        }
        pendingDiagrams.push(element);
    }

    function pruneDiagramCache() {
        if (diagramCache.size <= maxCachedDiagrams)
            return;
        const inUse = new Set();
        for (const element of content.querySelectorAll('pre.mermaid'))
            inUse.add(mermaidTheme + '\n' + diagramSource.get(element));
        for (const key of Array.from(diagramCache.keys())) {
            if (!inUse.has(key))
                diagramCache.delete(key);
        }
    }

    async function renderPendingDiagrams() {
        if (!haveMermaid()) {
            if (pendingDiagrams.length > 0)
                requestMermaid();
            return;
        }
        if (renderingDiagrams)
            return;
        renderingDiagrams = true;
        let rendered = 0;
        try {
            while (pendingDiagrams.length > 0) {
                const element = pendingDiagrams.shift();
                if (!element.isConnected)
                    continue; // replaced while waiting: typing inside a diagram
                const source = diagramSource.get(element);
                const key = mermaidTheme + '\n' + source;
                let result = diagramCache.get(key);
                if (!result) {
                    const id = 'arckit-mermaid-' + (++diagramCounter);
                    try {
                        const output = await renderWithDeadline(id, source);
                        result = { svg: output.svg };
                    } catch (error) {
                        result = { error: String((error && error.message) || error) };
                        for (const leftover of [document.getElementById(id), document.getElementById('d' + id)]) {
                            if (leftover)
                                leftover.remove();
                        }
                    }
                    diagramCache.set(key, result);
                    ++rendered;
                    if (result.svg !== undefined && bridge)
                        bridge.diagramRendered(source, result.svg);
                }
                if (element.isConnected)
                    showDiagram(element, result);
                // mermaid.render() resolves as a microtask: without this, a
                // document full of diagrams would hold back every patch
                // (typing) until the last diagram is drawn.
                await nextTask();
            }
        } finally {
            renderingDiagrams = false;
        }
        pruneDiagramCache();
        if (rendered > 0 && bridge)
            bridge.diagramsIdle();
    }

    // --- patches -----------------------------------------------------------
    function applyPatch(revision, start, removeCount, blocks, newLines) {
        const children = content.children;
        const replacedDiagrams = [];
        if (removeCount > 0 && start < children.length) {
            for (let i = start; i < start + removeCount && i < children.length; ++i) {
                const old = children[i];
                if (old.classList.contains('mermaid') && old.classList.contains('rendered'))
                    replacedDiagrams.push(old.innerHTML);
            }
            const range = document.createRange();
            range.setStartBefore(children[start]);
            range.setEndAfter(children[Math.min(start + removeCount, children.length) - 1]);
            range.deleteContents();
        }
        let inserted = [];
        if (blocks.length > 0) {
            const template = document.createElement('template');
            template.innerHTML = blocks.join('');
            inserted = Array.from(template.content.children);
            content.insertBefore(template.content, children[start] || null);
        }
        lines = newLines;
        for (let i = 0; i < children.length; ++i) {
            const line = String(newLines[i]);
            if (children[i].getAttribute('data-line') !== line)
                children[i].setAttribute('data-line', line);
        }
        let diagramIndex = 0;
        for (const element of inserted) {
            if (element.classList.contains('mermaid'))
                queueDiagram(element, replacedDiagrams[diagramIndex++]);
        }
        // Lay out now, so "applied" means the page is ready to paint.
        void content.offsetHeight;
        bridge.applied(revision);
        renderPendingDiagrams();
    }

    // --- theme -------------------------------------------------------------
    function applyTheme(variables, dark) {
        const style = document.documentElement.style;
        for (const name of Object.keys(variables))
            style.setProperty(name, variables[name]);
        document.documentElement.classList.toggle('dark', dark);
        const theme = dark ? 'dark' : 'default';
        if (theme === mermaidTheme)
            return;
        mermaidTheme = theme;
        initMermaid();
        for (const element of content.querySelectorAll('pre.mermaid'))
            queueDiagram(element, null);
        renderPendingDiagrams();
    }

    // --- scrolling in step with the editor ----------------------------------
    function topOf(element) {
        return element.getBoundingClientRect().top + window.scrollY;
    }

    // Index of the last block starting at or before the source line.
    function blockAtLine(line) {
        let low = 0, high = Math.min(lines.length, content.children.length) - 1, found = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (lines[middle] <= line) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    // Index of the last block whose top is at or above y.
    function blockAtY(y) {
        const children = content.children;
        let low = 0, high = children.length - 1, found = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (topOf(children[middle]) <= y) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    function bottomOf(index) {
        const children = content.children;
        return index + 1 < children.length ? topOf(children[index + 1])
                                           : topOf(children[index]) + children[index].offsetHeight;
    }

    function lineToY(line) {
        const index = blockAtLine(line);
        if (index < 0)
            return 0;
        const top = topOf(content.children[index]);
        const nextLine = index + 1 < lines.length ? lines[index + 1] : lines[index];
        const span = nextLine - lines[index];
        const fraction = span > 0 ? Math.min(1, (line - lines[index]) / span) : 0;
        return top + fraction * (bottomOf(index) - top);
    }

    function yToLine(y) {
        const children = content.children;
        if (children.length === 0)
            return 1;
        // A pixel of slack: a block scrolled exactly to the top (fractional
        // offsets) counts as the top one.
        const index = Math.max(0, blockAtY(y + 1));
        const top = topOf(children[index]);
        const height = bottomOf(index) - top;
        const nextLine = index + 1 < lines.length ? lines[index + 1] : lines[index];
        const fraction = height > 0 ? Math.min(1, Math.max(0, (y - top) / height)) : 0;
        return Math.floor(lines[index] + fraction * (nextLine - lines[index]));
    }

    let programmaticScrollY = null;
    let lastReportedLine = -1;
    let scrollFramePending = false;

    function scrollToLine(line) {
        const target = Math.round(Math.min(lineToY(line),
                                           document.documentElement.scrollHeight - window.innerHeight));
        if (Math.abs(window.scrollY - target) < 1)
            return;
        programmaticScrollY = Math.max(0, target);
        lastReportedLine = line;
        window.scrollTo(0, target);
    }

    function reportScroll() {
        scrollFramePending = false;
        const y = window.scrollY;
        // Our own scrollToLine(): the editor is already there; reporting it
        // back would start a loop.
        if (programmaticScrollY !== null && Math.abs(y - programmaticScrollY) <= 2) {
            programmaticScrollY = null;
            return;
        }
        programmaticScrollY = null;
        const line = yToLine(y);
        if (line !== lastReportedLine && bridge) {
            lastReportedLine = line;
            bridge.scrolled(line);
        }
    }

    window.addEventListener('scroll', function () {
        if (!scrollFramePending) {
            scrollFramePending = true;
            window.requestAnimationFrame(reportScroll);
        }
    }, { passive: true });

    // --- wiring -----------------------------------------------------------
    initMermaid();
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.preview;
        bridge.patch.connect(applyPatch);
        bridge.themeChanged.connect(applyTheme);
        bridge.scrollRequested.connect(scrollToLine);
        bridge.ready();
    });
})();
