"""Locking the app: the lock screen, the idle lock, the screen shield and turning encryption on."""
