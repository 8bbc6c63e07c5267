#!/usr/bin/env bash
# Makes sure the real parts the tests use are on this machine: Debian's Chromium (browser tests),
# LibreOffice Writer + poppler (the DOCX is opened by a real word processor and read back as PDF text),
# and a CJK font. Installs what is missing from Debian's packages (as root), or says clearly what to install.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if ! (command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -q .); then need+=(fonts-noto-cjk); fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "测试需要以下 Debian 软件包：${need[*]}" >&2
  echo "请以 root 运行：apt-get update && apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "installing test dependencies from Debian: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${need[@]}"
