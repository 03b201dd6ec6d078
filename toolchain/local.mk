## toolchain/local.mk
