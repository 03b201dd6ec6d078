## doc/local.mk - design notes and man pages.
dist_man_MANS += doc/zerovm-manifest.5
dist_man_MANS += doc/zerovm.1
dist_man_MANS += doc/zvsh.1
dist_doc_DATA += doc/vm-core.md
dist_man_MANS += doc/zrt-nvram.5
dist_doc_DATA += doc/zrt.md
dist_doc_DATA += doc/ports.md
