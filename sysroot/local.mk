## sysroot/local.mk
