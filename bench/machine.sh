#!/usr/bin/env bash
# Prints the machine and its load, sourced by the benchmark scripts: the figures mean little
# without them.
echo "== machine"
echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cores:   $(nproc)"
echo "cpu:     $(lscpu | grep 'Model name' | sed 's/Model name: *//')"
echo "memory:  $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(uptime | sed 's/.*load average: //')"
