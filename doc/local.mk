## doc/local.mk - design notes and man pages.
