## zrt/local.mk
