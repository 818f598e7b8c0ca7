"""User voice's board for its black-box suites: a server with trust RAA, its secretary, a
member and a viewer, and the public form as a browser fills it in."""

import threading
import urllib.parse

from harness import PASSWORD, Boardlens, make_database


def voice_board(env):
    """A server on a new database with trust RAA, its secretary, a member and a viewer."""
    url, drop = make_database()
    b = Boardlens(url)
    b.cli("migrate")
    b.cli("org", "add", "--ods", "RAA", "--name", "Alpha Trust", "--kind", "trust")
    for email, role in [("sec@alpha.example", "secretary"), ("member@alpha.example", "member"),
                        ("viewer@alpha.example", "viewer")]:
        b.cli("user", "add", "--email", email, "--name", email.split("@")[0], "--password",
              PASSWORD, "--org", "RAA", "--role", role)
    b.start(env)
    # The access log of thousands of requests would fill the pipe and stall the server.
    for stream in (b.server.stdout, b.server.stderr):
        threading.Thread(target=stream.read, daemon=True).start()

    def stop():
        b.stop()
        drop()
    return b, stop


def form_path(b):
    link = b.cli("voice", "link", "--org", "RAA").stdout.strip()
    return link[link.index("/voice/"):]


def open_form(b, path, reporter="staff"):
    """Loads the form as a browser does, past its first question (who is reporting): its cookie
    and the token the form carries."""
    response, page = b.fetch("GET", path + "?reporter=" + reporter)
    assert response.status == 200, response.status
    cookie = response.getheader("Set-Cookie").split(";")[0]
    csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
    return cookie, csrf


def report(**changes):
    fields = {"service": "other", "reporter": "staff", "barriers": ["slow"], "how_often": "often",
              "impact": "some", "fft": "good", "what_happened": "", "website": ""}
    fields.update(changes)
    return fields


def encode(csrf, fields):
    return urllib.parse.urlencode([("csrf", csrf)] + [
        (k, v) for k, values in fields.items()
        for v in (values if isinstance(values, list) else [values])])
