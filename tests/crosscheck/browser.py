#!/usr/bin/env python3
"""The HTML report in a real browser: headless Debian Chromium, driven over the
DevTools protocol on a pipe (--remote-debugging-pipe; no driver, no network).

For the seed graph (light theme) and the hostile-text graph (dark theme), `$AG
report` writes a page that Chromium opens from a file, then:
  - no console message of level error, no exception, no dialog (an alert from
    the data would open one), no <script>, <iframe>, <img> or <object>
    element in the DOM, and the hostile payloads are there as text;
  - the picture (the inline SVG) has a non-zero size and fills most of the
    page's width;
  - a real mouse click on an actor and on a tie of the picture leads to its
    evidence: the URL fragment becomes the anchor, which scrolls into view;
  - a screenshot (PNG) is not blank: many colours, the background not all;
  - print media hides the navigation, and printing to PDF gives pages
    (pdfinfo reads them).
The page itself runs no script (its policy allows none); the checks run
through the protocol's Runtime.evaluate, which the page's policy does not see.

    AG=build/actorgraph /usr/bin/python3 tests/crosscheck/browser.py
Without Chromium it says so and passes, unless CI=true, where it fails.
Prints one line per failure and a closing "# cross-check:" line.
"""
import base64
import fcntl
import io
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AG = os.environ.get("AG", os.path.join(TOP, "build", "actorgraph"))
if not os.path.isabs(AG):
    AG = os.path.join(TOP, AG)
CASES = [("graphs/karabakh-2024-01-18.json", "light"),
         ("tests/data/render/hostile.json", "dark")]
PAYLOADS = ["<script>alert(1)</script>", "\"&'<>", "]]>", "--", "javascript:alert(1)",
            "<img src=x onerror=alert(2)>", "Հայաստան", "Azərbaycan"]
TIMEOUT = 30.0

failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
    return cond


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4
    (replies and events out), messages ended by NUL."""

    def __init__(self, exe, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        hi_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        hi_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)

        def fds():
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        args = [exe, "--headless", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--mute-audio",
                "--hide-scrollbars", "--window-size=1280,1000", f"--user-data-dir={profile}",
                "--remote-debugging-pipe", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(3, 4),
                                     preexec_fn=fds)
        for fd in (to_chrome_r, from_chrome_w, hi_r, hi_w):
            os.close(fd)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        return self.next_id

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_chrome], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=True):
        want = self.send(method, params, session)
        deadline = time.monotonic() + TIMEOUT
        while True:
            msg = self._read(deadline)
            if msg.get("id") == want:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self._event(msg)

    def _event(self, msg):
        """Keeps an event; a dialog (alert) would block the page, so it is
        dismissed at once (and reported by problems())."""
        self.events.append(msg)
        if msg["method"] == "Page.javascriptDialogOpening":
            self.send("Page.handleJavaScriptDialog", {"accept": True})

    def wait_event(self, method):
        deadline = time.monotonic() + TIMEOUT
        for i, e in enumerate(self.events):
            if e["method"] == method:
                return self.events.pop(i)
        while True:
            msg = self._read(deadline)
            if msg.get("method") == method:
                return msg
            if "method" in msg:
                self._event(msg)

    def drain(self, seconds):
        """Collects the events that arrive within `seconds`."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                msg = self._read(deadline)
                if "method" in msg:
                    self._event(msg)
        except TimeoutError:
            pass

    def eval(self, expr):
        r = self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"evaluate: {r['exceptionDetails']}")
        return r["result"].get("value")

    def open_page(self):
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def close(self):
        try:
            self.send("Browser.close", session=False)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)


def problems(events):
    """Console errors, exceptions and dialogs among the events."""
    out = []
    for e in events:
        m, p = e["method"], e.get("params", {})
        if m == "Log.entryAdded" and p["entry"]["level"] == "error":
            out.append(f"console: {p['entry'].get('text', '')[:200]}")
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            out.append(f"console.{p['type']}: {str(p.get('args'))[:200]}")
        elif m == "Runtime.exceptionThrown":
            out.append(f"exception: {str(p.get('exceptionDetails'))[:200]}")
        elif m == "Page.javascriptDialogOpening":
            out.append(f"a dialog opened: {p.get('type')} {p.get('message')!r}")
    return out


def not_blank(png, name):
    try:
        from PIL import Image
    except ImportError:
        return check(False, f"{name}: python3-pil is needed to read the screenshot")
    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
        total = rgb.size[0] * rgb.size[1]
        background = max(colours)[0] if colours else total
        check(len(colours) > 100, f"{name}: screenshot has {len(colours)} colours")
        check(background < 0.97 * total,
              f"{name}: screenshot is {100 * background / total:.1f}% one colour")


# Centre (viewport coordinates) of an actor's circle, or of the middle of a
# tie's path, after scrolling it into view; and what is under that point.
TARGET_JS = """(() => {
  const a = [...document.querySelectorAll('main svg a')]
    .find(x => x.href.baseVal.startsWith('#%s'));
  if (!a) return null;
  a.scrollIntoView({block: 'center'});
  const shape = a.querySelector('%s');
  let x, y;
  if (shape.getTotalLength) {
    const p = shape.getPointAtLength(shape.getTotalLength() / 2);
    const q = p.matrixTransform(shape.getScreenCTM());
    x = q.x; y = q.y;
  } else {
    const r = shape.getBoundingClientRect();
    x = r.left + r.width / 2; y = r.top + r.height / 2;
  }
  const hit = document.elementFromPoint(x, y);
  return {x, y, href: a.href.baseVal, hit: hit && hit.closest('a') === a};
})()"""


def click(b, name, kind, shape):
    t = b.eval(TARGET_JS % (f"{PREFIX}-ev-{kind}-", shape))
    if not check(t is not None, f"{name}: no {kind} link in the picture"):
        return
    check(t["hit"], f"{name}: the {kind} link is not what lies at its own centre")
    for ev in ("mouseMoved", "mousePressed", "mouseReleased"):
        b.call("Input.dispatchMouseEvent", {"type": ev, "x": t["x"], "y": t["y"],
                                            "button": "left", "clickCount": 1})
    deadline = time.monotonic() + 5
    state = None
    while time.monotonic() < deadline:
        state = b.eval("""(() => {
          const t = document.getElementById(location.hash.slice(1));
          return {hash: location.hash,
                  top: t ? t.getBoundingClientRect().top : null,
                  height: innerHeight};
        })()""")
        if state["hash"] == t["href"]:
            break
        time.sleep(0.05)
    check(state["hash"] == t["href"],
          f"{name}: clicking the {kind} {t['href']} left the page at {state['hash']!r}")
    check(state["top"] is not None and -1 <= state["top"] < state["height"],
          f"{name}: {t['href']} is not in view after the click (top {state['top']})")


PREFIX = "ag"

PAGE_JS = """(() => {
  const svg = document.querySelector('main svg');
  const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
  return {width: r.width, height: r.height, page: document.body.clientWidth,
          active: document.querySelectorAll('script, iframe, img, object, embed, frame').length,
          text: document.body.innerText};
})()"""


def run_case(b, rel, theme, tmp):
    name = os.path.basename(rel)
    html = os.path.join(tmp, os.path.splitext(name)[0] + ".html")
    p = subprocess.run([AG, "report", os.path.join(TOP, rel), "--theme", theme, "-o", html],
                       capture_output=True, text=True)
    if not check(p.returncode == 0, f"report {name}: exit {p.returncode}: {p.stderr[:300]}"):
        return
    b.events.clear()
    b.call("Emulation.setEmulatedMedia", {"media": "screen"})
    b.call("Page.navigate", {"url": "file://" + html})
    b.wait_event("Page.loadEventFired")
    b.drain(0.3)
    info = b.eval(PAGE_JS)
    check(info["width"] > 0 and info["height"] > 0,
          f"{name}: the picture is {info['width']}x{info['height']}")
    check(info["width"] >= 0.5 * info["page"],
          f"{name}: the picture is {info['width']} px wide in a {info['page']} px page")
    check(info["active"] == 0, f"{name}: {info['active']} script, frame or image elements")
    if "hostile" in name:
        for s in PAYLOADS:
            check(s in info["text"], f"{name}: {s!r} does not show as text")
    b.eval("scrollTo(0, 0)")
    shot = base64.b64decode(b.call("Page.captureScreenshot", {"format": "png"})["data"])
    check(shot[:8] == b"\x89PNG\r\n\x1a\n", f"{name}: the screenshot is not a PNG")
    not_blank(shot, name)
    click(b, name, "n", "ellipse, polygon")
    click(b, name, "e", "path")
    b.call("Emulation.setEmulatedMedia", {"media": "print"})
    check(b.eval("getComputedStyle(document.querySelector('nav')).display") == "none",
          f"{name}: the navigation prints")
    pdf = base64.b64decode(b.call("Page.printToPDF", {"printBackground": True})["data"])
    pdf_path = html + ".pdf"
    with open(pdf_path, "wb") as f:
        f.write(pdf)
    p = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True)
    check(p.returncode == 0 and "Pages:" in p.stdout, f"{name}: printed PDF: {p.stderr[:200]}")
    b.drain(0.2)
    for msg in problems(b.events):
        check(False, f"{name}: {msg}")


def main():
    exe = next((shutil.which(c) for c in ("chromium", "chromium-browser") if shutil.which(c)), None)
    if not exe:
        if os.environ.get("CI") == "true":
            print("chromium is missing (Debian package chromium; .ci/install-deps --test)")
            print("# cross-check: browser: FAILED: no chromium under CI")
            return 1
        print("# cross-check: browser: skipped: chromium not installed "
              "(apt-get install chromium to run it)")
        return 0
    tmp = tempfile.mkdtemp(prefix="ag-browser-")
    b = None
    try:
        b = Browser(exe, os.path.join(tmp, "profile"))
        b.open_page()
        for rel, theme in CASES:
            run_case(b, rel, theme, tmp)
    except (TimeoutError, EOFError, RuntimeError, OSError) as e:
        check(False, f"browser: {type(e).__name__}: {e}")
    finally:
        if b:
            b.close()
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print(f)
    print(f"# cross-check: browser: {checks - len(failures)}/{checks} checks passed "
          f"on {len(CASES)} reports in Chromium")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
