"""Accepts or rejects every tracked change of .docx files in LibreOffice itself, and prints the paragraphs and tables left.

Run with Debian's /usr/bin/python3 (the one python3-uno installs `uno` for), never a pyenv python:

    /usr/bin/python3 libreoffice-accept-reject.py <profile-dir> <file.docx>...

It starts its own headless soffice on a private pipe, with a private user profile in <profile-dir>
(so that concurrent runs never share an instance), loads each file twice, dispatches
.uno:AcceptAllTrackedChanges to one copy and .uno:RejectAllTrackedChanges to the other, exactly as
Edit > Track Changes > Accept All / Reject All do, and walks the body. It prints one JSON object:
{file: {"redlines": n, "accept": [...], "reject": [...], "left": [a, r]}}: the body's blocks in order,
a paragraph as {"text", "style"} (LibreOffice's style name), a table as {"rows": [[cell text, ...], ...]}
read through UNO's text tables (rows x cells, as LibreOffice holds them after the dispatch), and how
many tracked changes are left after each.
Exit 0 on success; 3, with one line on stderr, when LibreOffice cannot be started or driven.
"""

import json
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, soffice):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.monotonic() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if soffice.poll() is not None:
                raise RuntimeError(f"soffice exited with {soffice.returncode} before accepting a connection")
            if time.monotonic() > deadline:
                raise RuntimeError("soffice did not accept a connection within 120 s")
            time.sleep(0.25)


def table_rows(table):
    """A text table's rows, each a list of its cells' text, by position (our tables merge no cells)."""
    rows, columns = table.getRows().getCount(), table.getColumns().getCount()
    return [[table.getCellByPosition(c, r).getString() for c in range(columns)] for r in range(rows)]


def blocks(doc):
    """The body's paragraphs (text and style name) and tables (rows of cell text), in order."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            out.append({"rows": table_rows(el)})
        elif el.supportsService("com.sun.star.text.Paragraph"):
            out.append({"text": el.getString(), "style": el.ParaStyleName})
    return out


def redline_count(doc):
    enum = doc.getRedlines().createEnumeration()
    n = 0
    while enum.hasMoreElements():
        enum.nextElement()
        n += 1
    return n


def side(desktop, dispatcher, path, command):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {path}")
    try:
        before = redline_count(doc)
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        return before, blocks(doc), redline_count(doc)
    finally:
        doc.close(True)


def main(argv):
    profile, files = argv[1], argv[2:]
    # A test runner's timeout sends SIGTERM: leave through `finally`, which stops our soffice.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    pipe = f"secdraft_{os.getpid()}_{time.monotonic_ns()}"
    terminated = False
    soffice = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, soffice)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        result = {}
        for path in files:
            redlines, accepted, left_accept = side(desktop, dispatcher, path, ".uno:AcceptAllTrackedChanges")
            _, rejected, left_reject = side(desktop, dispatcher, path, ".uno:RejectAllTrackedChanges")
            result[path] = {"redlines": redlines, "accept": accepted, "reject": rejected, "left": [left_accept, left_reject]}
        try:
            desktop.terminate()
            terminated = True
        except Exception:
            terminated = True  # the bridge closes as soffice exits
        json.dump(result, sys.stdout, ensure_ascii=False)
        return 0
    except Exception as error:
        print(f"libreoffice-accept-reject: {error}", file=sys.stderr)
        return 3
    finally:
        # Our soffice only (we started it): let it finish quitting, else stop it.
        try:
            soffice.wait(timeout=30 if terminated else 1)
        except subprocess.TimeoutExpired:
            soffice.kill()
            soffice.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
