## vm-core/local.mk
