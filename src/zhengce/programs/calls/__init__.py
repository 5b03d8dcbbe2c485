"""Calls for applications (申报通知) as a program: reviewed call data, eligibility and deadlines for an
enterprise (calendar export), subscriptions that notify what is new (政策找企业), and selection by
expert review with a paid award (selection.py). See docs/calls.md."""
