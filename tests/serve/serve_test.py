#!/usr/bin/python3
"""`pvpp serve` end to end: a copy of the small golden corpus served on a free loopback
port; pages, content types, the injected reload script, path traversal, the event stream
across a good edit, a new subfolder, a content error and its fix, then SIGINT and SIGTERM;
a port in use, and a first build that fails (served anyway, recovers when fixed).

Usage: serve_test.py PVPP SOURCE_DIR. Timeouts only keep a broken server from hanging the
test; nothing here measures time."""
import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse
import zipfile

PVPP, SOURCE = sys.argv[1], sys.argv[2]
WAIT = 120  # seconds; generous, for a machine busy compiling
SCRIPT_TAG = re.compile(r'<script src="/__pvpp/reload\.js" data-build="(\d+)" defer></script>')
TASK = "content/tasks/PU2-10.toml"
TASK_PAGE = "/lv/uzdevumi/pu2-10/"
OLD_NAME = "Ar pakalpojumu pārvaldību saistītās starpiestāžu un pārrobežu sadarbības koordinēšana"
NEW_NAME = "Sadarbības koordinēšana ar citām iestādēm (labots)"
SERVED = "output/review"  # serve shows the review edition unless --public


class Server:
    """A running `pvpp serve --port 0` and the lines it prints."""

    def __init__(self, root):
        self.proc = subprocess.Popen([PVPP, "serve", "--port", "0", "--root", root],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = queue.Queue()
        self.output = []
        for stream in (self.proc.stdout, self.proc.stderr):
            threading.Thread(target=self._read, args=(stream,), daemon=True).start()
        line = self.wait_for_line(r"klausās http://127\.0\.0\.1:(\d+)/")
        self.port = int(re.search(r":(\d+)/", line).group(1))

    def _read(self, stream):
        for line in stream:
            self.output.append(line)
            self.lines.put(line)

    def wait_for_line(self, pattern):
        while True:
            try:
                line = self.lines.get(timeout=WAIT)
            except queue.Empty:
                raise AssertionError(f"pvpp serve printed no line matching {pattern!r}:\n{''.join(self.output)}")
            if re.search(pattern, line):
                return line

    def printed(self, pattern):
        """True once some line printed so far (stdout or stderr) matches; waits for the other stream."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if any(re.search(pattern, line) for line in list(self.output)):
                return True
            time.sleep(0.05)
        return False

    def request(self, path, host=None):
        """(status, headers, body text) of a GET sent with the path exactly as given."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", host or f"127.0.0.1:{self.port}")
        conn.endheaders()
        resp = conn.getresponse()
        body = resp.read().decode("utf-8", "replace")
        conn.close()
        return resp.status, resp.headers, body

    def stop(self, sig):
        self.proc.send_signal(sig)
        status = self.proc.wait(timeout=WAIT)
        self.proc.stdout.close()
        self.proc.stderr.close()
        return status


class Events:
    """The server-sent events of /__pvpp/events, one (name, data) at a time."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
        self.conn.request("GET", "/__pvpp/events")
        self.resp = self.conn.getresponse()

    def next(self):
        name, data = None, None
        while True:
            line = self.resp.readline().decode("utf-8")
            if line == "":
                raise AssertionError("the event stream ended")
            line = line.rstrip("\n")
            if line.startswith("event: "):
                name = line[len("event: "):]
            elif line.startswith("data: "):
                data = json.loads(line[len("data: "):])
            elif line == "" and name:
                return name, data

    def close(self):
        self.conn.close()

    def until(self, name):
        """The next event called name; others on the way are skipped."""
        while True:
            got, data = self.next()
            if got == name:
                return data


def zip_text(file):
    """Every part of a workbook (a zip of XML parts), joined, as bytes."""
    with zipfile.ZipFile(file) as z:
        return b"".join(z.read(name) for name in z.namelist())


def write_like_an_editor(path, text):
    """Writes a temporary file beside the target and renames it over (vim, VS Code, sed -i)."""
    tmp = path + ".tmp~"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


class ServeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="pvpp-serve-")
        small = os.path.join(SOURCE, "tests/golden/small")
        for folder in ("content", "data"):
            shutil.copytree(os.path.join(small, folder), os.path.join(cls.root, folder))
        shutil.copytree(os.path.join(SOURCE, "themes"), os.path.join(cls.root, "themes"))
        with open(os.path.join(cls.root, "secret.txt"), "w") as f:
            f.write("SLEPENS")
        cls.server = Server(cls.root)

    @classmethod
    def tearDownClass(cls):
        if cls.server.proc.poll() is None:
            cls.server.proc.kill()
            cls.server.proc.wait()
        shutil.rmtree(cls.root, ignore_errors=True)

    def path(self, rel):
        return os.path.join(self.root, rel)

    def test_1_pages_types_and_the_injected_script(self):
        status, headers, body = self.server.request("/")
        self.assertEqual(status, 200)
        self.assertEqual(headers["Content-Type"], "text/html; charset=utf-8")
        self.assertRegex(body, SCRIPT_TAG)
        self.assertLess(body.index("reload.js"), body.index("</head>"))
        status, _, body = self.server.request(TASK_PAGE)
        self.assertEqual(status, 200)
        self.assertIn(OLD_NAME, body)
        with open(self.path(SERVED + "/site/lv/uzdevumi/pu2-10/index.html"), encoding="utf-8") as f:
            self.assertNotIn("reload.js", f.read(), "the files on disk stay as the build wrote them")
        status, headers, body = self.server.request("/static/style.css")
        self.assertEqual((status, headers["Content-Type"]), (200, "text/css; charset=utf-8"))
        self.assertNotIn("reload.js", body)
        status, headers, body = self.server.request("/__pvpp/reload.js")
        self.assertEqual((status, headers["Content-Type"]), (200, "text/javascript; charset=utf-8"))
        self.assertIn("EventSource", body)
        self.assertNotIn("innerHTML", body)
        _, headers, _ = self.server.request("/sitemap.xml")
        self.assertEqual(headers["Content-Type"], "application/xml")

    def test_2_folders_redirect_and_missing_pages_get_the_sites_404(self):
        status, headers, _ = self.server.request(TASK_PAGE.rstrip("/"))
        self.assertEqual((status, headers["Location"]), (301, TASK_PAGE))
        status, headers, body = self.server.request("/lv/nav-tadas-lapas/")
        self.assertEqual(status, 404)
        self.assertIn("Lapa nav atrasta", body)
        self.assertRegex(body, SCRIPT_TAG)
        # Shown at any depth, its stylesheet and links still lead where they should.
        _, _, deep = self.server.request("/lv/nav/tadas/lapas/")
        links = re.findall(r'(?:href|src|action)="([^"#:]+)"', deep)
        self.assertIn("/static/style.css", links)
        for link in set(links):
            with self.subTest(link=link):
                self.assertEqual(self.server.request(urllib.parse.urljoin("/lv/nav/tadas/lapas/", link))[0], 200)

    def test_3_no_request_leaves_the_output_folder(self):
        os.symlink(self.path("secret.txt"), self.path(SERVED + "/site/saite.txt"))
        for path in ["/../../secret.txt", "/%2e%2e/%2e%2e/secret.txt", "/%2E%2E%2F%2E%2E%2Fsecret.txt",
                     "/..%2f..%2fsecret.txt", "/static/../../../secret.txt", "//etc/passwd", "/%2fetc/passwd",
                     "/..%5c..%5csecret.txt", "/saite.txt", "/%00/../secret.txt",
                     "/site/../../secret.txt", "/../../content/terms.toml", "/../output/site/index.html"]:
            with self.subTest(path=path):
                status, _, body = self.server.request(path)
                self.assertIn(status, (400, 404))
                self.assertNotIn("SLEPENS", body)
                self.assertNotIn("root:", body)

    def test_3b_only_the_site_and_its_downloads_are_served(self):
        self.assertTrue(os.path.exists(self.path(SERVED + "/.pvpp-cache/build-stamp")))
        with open(self.path(SERVED + "/piezimes.txt"), "w") as f:
            f.write("SLEPENS")
        try:
            for path in ["/.pvpp-cache/build-stamp", "/.pvpp-cache/", "/piezimes.txt", "/site/index.html"]:
                with self.subTest(path=path):
                    status, _, body = self.server.request(path)
                    self.assertEqual(status, 404)
                    self.assertNotIn("SLEPENS", body)
                    self.assertNotIn(self.root, body)
        finally:
            os.remove(self.path(SERVED + "/piezimes.txt"))  # a stray file in OUT fails the next build
        for path in ["/xlsx/PVPP2024–2027_1.pielikums.xlsx", "/data/tasks.csv", "/cards/index.html",
                     "/publish/index.html"]:
            with self.subTest(path=path):
                self.assertEqual(self.server.request(urllib.parse.quote(path))[0], 200)

    def test_4_only_loopback_host_names_are_answered(self):
        status, _, body = self.server.request("/", host="piemers.example")
        self.assertEqual(status, 403)
        self.assertNotIn("<html", body)
        self.assertEqual(self.server.request("/", host=f"localhost:{self.server.port}")[0], 200)
        for host in ["localhost", "127.0.0.1", "[::1]", f"[::1]:{self.server.port}"]:
            self.assertEqual(self.server.request("/", host=host)[0], 200, host)
        for host in ["localhost:1@evil", "[::1]evil", "127.0.0.1:x.evil.com", "localhost.evil.com"]:
            with self.subTest(host=host):
                status, _, body = self.server.request("/", host=host)
                self.assertEqual(status, 403)
                self.assertNotIn("<html", body)

    def test_5_edits_rebuild_and_reload_errors_keep_the_last_good_site(self):
        events = Events(self.server.port)
        first = events.until("reload")
        build = first["build"]
        with open(self.path(TASK), encoding="utf-8") as f:
            original = f.read()

        # A good edit: a reload event with a newer build, and the page shows the new name.
        write_like_an_editor(self.path(TASK), original.replace(OLD_NAME, NEW_NAME))
        data = events.until("reload")
        self.assertGreater(data["build"], build)
        build = data["build"]
        status, _, body = self.server.request(TASK_PAGE)
        self.assertIn(NEW_NAME, body)
        self.assertEqual(SCRIPT_TAG.search(body).group(1), str(build))
        line = self.server.wait_for_line("pārbūvēts")
        self.assertTrue(line.startswith(f"pvpp: {TASK} → pārbūvēts ("), line)
        # The downloads are served as of this rebuild: the card and the workbook show the new name.
        self.assertIn(NEW_NAME, self.server.request("/cards/PU2-10.html")[2])
        with open(self.path(SERVED + "/xlsx/PVPP2024–2027_1.pielikums.xlsx"), "rb") as f:
            self.assertIn(NEW_NAME.encode("utf-8"), zip_text(f))

        # Saved as sed -i does (a temporary file with a plain name, renamed over): the terminal
        # names the saved file alone, not the temporary one beside it.
        with open(self.path(TASK), encoding="utf-8") as f:
            edited = f.read()
        temporary = self.path("content/tasks/sedX4kQ2v")
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(edited.replace(NEW_NAME, NEW_NAME + " "))
        os.replace(temporary, self.path(TASK))
        build = events.until("reload")["build"]
        line = self.server.wait_for_line("pārbūvēts")
        self.assertTrue(line.startswith(f"pvpp: {TASK} → pārbūvēts ("), line)

        # A new subfolder with a page in it is watched too.
        os.mkdir(self.path("content/pages"))
        with open(self.path("content/pages/izmeginajums.md"), "w", encoding="utf-8") as f:
            f.write('+++\ntitle = "Izmēģinājuma lapa"\nslug = "izmeginajums"\n+++\n\nJauns teksts.\n')
        self.assertGreater(events.until("reload")["build"], build)
        status, _, body = self.server.request("/lv/izmeginajums/")
        self.assertEqual(status, 200)
        self.assertIn("Jauns teksts.", body)

        # The page deleted: the terminal names it as deleted and warns, once, that it leaves the output.
        os.remove(self.path("content/pages/izmeginajums.md"))
        self.assertGreater(events.until("reload")["build"], build)
        line = self.server.wait_for_line(r"izmeginajums\.md \(dzēsts\) → ")
        self.assertTrue(line.startswith("pvpp: content/pages/izmeginajums.md (dzēsts) → pārbūvēts ("), line)
        self.assertTrue(self.server.printed(r"content/pages/izmeginajums\.md: brīdinājums: lapa \"Izmēģinājuma lapa\" "
                                            r"kopš iepriekšējās būvēšanas ir pazudusi"))
        self.assertEqual(self.server.request("/lv/izmeginajums/")[0], 404)

        # A content error (written in place): a problem event with the diagnostics; the server
        # keeps serving the last good site.
        with open(self.path(TASK), "w", encoding="utf-8") as f:
            f.write(original.replace('code = "PU2-10"', 'code = "PU2-99"'))
        problem = events.until("problem")
        self.assertFalse(problem["ok"])
        self.assertRegex(problem["report"], r"content/tasks/PU2-10\.toml:\d+:\d+: kļūda: ")
        status, _, body = self.server.request("/__pvpp/status")
        self.assertEqual(json.loads(body)["ok"], False)
        status, _, body = self.server.request(TASK_PAGE)
        self.assertEqual(status, 200)
        self.assertIn(NEW_NAME, body)
        self.server.wait_for_line("kļūdas saturā")

        # The fix (delete and create): the page reloads with a newer build, the status is good again.
        os.remove(self.path(TASK))
        with open(self.path(TASK), "w", encoding="utf-8") as f:
            f.write(original)
        data = events.until("reload")
        self.assertTrue(data["ok"])
        self.assertEqual(json.loads(self.server.request("/__pvpp/status")[2])["ok"], True)
        self.assertIn(OLD_NAME, self.server.request(TASK_PAGE)[2])

        # SIGINT with the event stream still open: exit 0, a message, the port closed.
        self.assertEqual(self.server.stop(signal.SIGINT), 0)
        self.assertIn("apturēts", "".join(self.server.output))
        self.assertEqual(events.resp.read(), b"", "the event stream ends with the server")
        events.close()
        with self.assertRaises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", self.server.port), timeout=WAIT).close()

    def test_0_a_port_in_use_is_an_error(self):
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            run = subprocess.run([PVPP, "serve", "--port", str(port), "--root", self.root],
                                 capture_output=True, text=True, timeout=WAIT)
        self.assertEqual(run.returncode, 1)
        self.assertIn(f"nevar klausīties 127.0.0.1:{port}", run.stderr)

    def test_6_sigterm_stops_it_too(self):
        server = Server(self.root)
        events = Events(server.port)
        events.until("reload")
        self.assertEqual(server.stop(signal.SIGTERM), 0)
        events.close()
        self.assertIn("SIGTERM", "".join(server.output))


    def test_7_a_first_build_that_fails_still_serves_and_recovers(self):
        root = tempfile.mkdtemp(prefix="pvpp-serve-broken-")
        try:
            for folder in ("content", "data", "themes"):
                shutil.copytree(os.path.join(self.root, folder), os.path.join(root, folder))
            task = os.path.join(root, TASK)
            with open(task, encoding="utf-8") as f:
                original = f.read()
            with open(task, "w", encoding="utf-8") as f:
                f.write(original.replace('code = "PU2-10"', 'code = "PU2-99"'))
            server = Server(root)
            events = Events(server.port)
            problem = events.until("problem")
            self.assertEqual((problem["build"], problem["ok"]), (0, False))
            status, _, body = server.request("/")
            self.assertEqual(status, 404)
            self.assertIn("vietne vēl nav izveidota", body)
            self.assertRegex(body, SCRIPT_TAG)
            write_like_an_editor(task, original)
            self.assertEqual(events.until("reload")["build"], 1)
            self.assertEqual(server.request("/")[0], 200)
            self.assertEqual(server.stop(signal.SIGINT), 0)
            events.close()
        finally:
            shutil.rmtree(root, ignore_errors=True)

    def test_8_slow_clients_and_many_tabs_do_not_starve_a_page(self):
        """More slow sockets and event streams than the 32 worker threads pvpp serve once
        had: a page still comes at once (the 1 s timeout is the failure bound), streams
        past the limit get 503, and the server still stops."""
        server = Server(self.root)
        self.addCleanup(lambda: server.proc.poll() is None and (server.proc.kill(), server.proc.wait()))
        slow = [socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) for _ in range(40)]
        done = threading.Event()
        trickler = threading.Thread(target=trickle, args=(list(slow), done), daemon=True)
        trickler.start()
        streams = [socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) for _ in range(70)]
        for s in streams:
            s.sendall(f"GET /__pvpp/events HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=1)
            conn.request("GET", TASK_PAGE)
            resp = conn.getresponse()
            self.assertEqual(resp.status, 200)
            self.assertIn(OLD_NAME, resp.read().decode("utf-8"))
            conn.close()
            answers = [s.makefile("rb").readline().split(b" ")[1] for s in streams]
            self.assertIn(b"503", answers, "event streams past the limit are refused")
            self.assertIn(b"200", answers)
        finally:
            done.set()
            trickler.join()
            for s in slow + streams:
                s.close()
        self.assertEqual(server.stop(signal.SIGTERM), 0)


def trickle(sockets, done):
    """A request's bytes one at a time to every socket, a few a second, until done (or 30)."""
    request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100
    for byte in request[:30]:
        if done.wait(0.3):
            return
        for s in list(sockets):
            try:
                s.send(bytes([byte]))
            except OSError:  # the server closed it: its deadline passed
                sockets.remove(s)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
