#!/usr/bin/python3
"""Looks at a running Marquee kiosk as a screen reader does: through AT-SPI (pyatspi), the same bus Orca uses.

Run by scripts/kiosk-atspi-check.sh (which starts Xvfb, a D-Bus session with the accessibility bus and the kiosk
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Prints what it finds, presses "Buy tickets" through its AT-SPI action,
walks the event list, and exits non-zero when a promise of issue #13 §2 does not hold on the real bridge.
"""
import sys
import time

import pyatspi

problems = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        problems.append(what)


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and name in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0, into=None):
    if into is None:
        into = []
    try:
        states = node.getState()
    except Exception:
        return into
    if not states.contains(pyatspi.STATE_SHOWING):
        return into
    into.append((depth, node))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, into)
    return into


def find(app, role, name=None):
    for _, node in walk(app):
        if node.getRole() == role and (name is None or node.name == name):
            return node
    return None


def dump(app, limit=80):
    for depth, node in walk(app)[:limit]:
        print("  " * depth + "%s %r" % (node.getRoleName(), node.name))


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = names.index("Press") if "Press" in names else (names.index("press") if "press" in names else 0)
    action.doAction(index)


def main():
    app = find_app("marquee")
    check(app is not None, "the kiosk is on the accessibility bus")
    if app is None:
        return 1
    time.sleep(2)
    print("-- start page")
    dump(app)
    check(find(app, pyatspi.ROLE_HEADING, "Welcome") is not None, "the welcome heading is a heading")
    buy = find(app, pyatspi.ROLE_PUSH_BUTTON, "Buy tickets")
    check(buy is not None and buy.getState().contains(pyatspi.STATE_FOCUSABLE), "Buy tickets is a focusable button")
    check(find(app, pyatspi.ROLE_RADIO_BUTTON, "English") is not None, "English is a radio button")
    check(find(app, pyatspi.ROLE_CHECK_BOX, "Speech") is not None, "Speech is a check box")
    if buy is None:
        return 1
    press(buy)
    time.sleep(3)
    print("-- events page")
    events = find(app, pyatspi.ROLE_LIST, "Upcoming events")
    check(events is not None, "the events are a list named 'Upcoming events'")
    if events is None:
        dump(app)
        return 1
    count = events.childCount
    items = [events.getChildAtIndex(i) for i in range(count)]
    check(count > 0 and all(item.getRole() == pyatspi.ROLE_LIST_ITEM for item in items),
          "one list item per event (%d)" % count)
    for item in items[:12]:
        sensitive = item.getState().contains(pyatspi.STATE_SENSITIVE)
        print("  item %r %s" % (item.name, "" if sensitive else "(unavailable)"))
    check(all("seats left" in item.name or "sold out" in item.name or "not on sale" in item.name
              or "cancelled" in item.name for item in items), "every item's name says its seats or why not")
    sold_out = [item for item in items if item.name.endswith("sold out")]
    check(all(not item.getState().contains(pyatspi.STATE_SENSITIVE) for item in sold_out),
          "sold-out items are unavailable (%d)" % len(sold_out))
    bookable = [item for item in items if item.getState().contains(pyatspi.STATE_SENSITIVE)]
    if bookable:
        press(bookable[0])
        time.sleep(2)
        print("-- event page")
        spin = find(app, pyatspi.ROLE_SPIN_BUTTON, "Number of tickets")
        check(spin is not None, "the number of tickets is a spin button named 'Number of tickets'")
        if spin is not None:
            value = spin.queryValue()
            print("  value %s (%s..%s)" % (value.currentValue, value.minimumValue, value.maximumValue))
        check(find(app, pyatspi.ROLE_PUSH_BUTTON, "More tickets") is not None, "More tickets is a button")
        check(find(app, pyatspi.ROLE_PUSH_BUTTON, "Fewer tickets") is not None, "Fewer tickets is a button")
        nxt = find(app, pyatspi.ROLE_PUSH_BUTTON, "Next")
        if nxt is not None:
            press(nxt)
            time.sleep(2)
            print("-- details page")
            name = find(app, pyatspi.ROLE_TEXT, "Your name")
            phone = find(app, pyatspi.ROLE_TEXT, "Your phone number")
            check(name is not None and phone is not None, "the name and phone fields are named text fields")
            if name is not None and phone is not None:
                name.queryEditableText().setTextContents("Ann")
                phone.queryEditableText().setTextContents("12ab")
                press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Confirm booking"))
                time.sleep(1)
                alerts = [node for _, node in walk(app) if node.getRole() == pyatspi.ROLE_ALERT and node.name]
                for alert in alerts:
                    print("  alert %r" % alert.name)
                check(len(alerts) == 1 and "phone" in alerts[0].name, "the refusal is an alert naming the problem")
                check(len(alerts) == 1 and phone.description == alerts[0].name,
                      "the phone field is described by the refusal")
    check_seat_page(app)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


def check_seat_page(app):
    """Back to the events, open the first seated evening (the demo's Grand Theatre) and look at its seat page."""
    for name in ("Back to the number of tickets", "Back to the events"):
        back = find(app, pyatspi.ROLE_PUSH_BUTTON, name)
        if back is not None:
            press(back)
            time.sleep(1.5)
    events = find(app, pyatspi.ROLE_LIST, "Upcoming events")
    if events is None:
        check(False, "back on the events page")
        return
    seated = [events.getChildAtIndex(i) for i in range(events.childCount)]
    seated = [item for item in seated if "Grand Theatre" in item.name and item.getState().contains(pyatspi.STATE_SENSITIVE)]
    check(bool(seated), "a seated evening is listed")
    if not seated:
        return
    press(seated[0])
    time.sleep(2)
    nxt = find(app, pyatspi.ROLE_PUSH_BUTTON, "Next")
    if nxt is None:
        check(False, "the seated event's Next")
        return
    press(nxt)
    time.sleep(3)
    print("-- seat page")
    check(find(app, pyatspi.ROLE_HEADING, "Choose your seats") is not None, "the seat page's heading is a heading")
    check(find(app, pyatspi.ROLE_SPIN_BUTTON, "Number of seats") is not None, "the number of seats is a spin button")
    check(find(app, pyatspi.ROLE_RADIO_BUTTON, "Any area") is not None, "the areas are radio buttons")
    check(find(app, pyatspi.ROLE_PUSH_BUTTON, "Find the best seats") is not None, "Find the best seats is a button")
    # A button that stays pressed while its view shows: a toggle button.
    modes = [node for _, node in walk(app) if node.name == "Seat list by row"]
    for node in modes:
        print("  %s %r" % (node.getRoleName(), node.name))
    list_mode = modes[0] if modes else None
    check(list_mode is not None and list_mode.getRole() == pyatspi.ROLE_RADIO_BUTTON,
          "Seat list by row is a radio button (map or list)")
    if list_mode is None:
        return
    press(list_mode)
    time.sleep(1)
    named = [node for _, node in walk(app) if node.name == "Seats by row"]
    for node in named:
        print("  %s %r" % (node.getRoleName(), node.name))
    tree = [node for node in named if node.getRole() in (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE)]
    check(bool(tree), "the seats by row are a tree named 'Seats by row'")
    if tree:
        rows = [tree[0].getChildAtIndex(i) for i in range(min(tree[0].childCount, 6))]
        for row in rows:
            print("  %s %r" % (row.getRoleName(), row.name))
        check(any(row.name.startswith("Row ") for row in rows), "the rows are named by row")


if __name__ == "__main__":
    sys.exit(main())
