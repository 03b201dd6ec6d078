## samples/local.mk - the samples and the quickstart demo.

demo: all
	@echo "(the demo arrives with the samples)"

.PHONY: demo
