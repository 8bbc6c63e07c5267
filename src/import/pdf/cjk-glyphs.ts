/**
 * Characters some PDF fonts map their glyphs to instead of the ordinary ideograph: Kangxi radicals
 * (`⼆` U+2F06 for 二; Unicode folds these by NFKC), CJK radicals supplement (`⻘` U+2ED8 for 青, which
 * NFKC leaves alone — the table below follows Unicode's names) and compatibility ideographs. A
 * reader sees 二 and 青, and so must the importer.
 */

const SUPPLEMENT: Readonly<Record<string, string>> = {
  "\u2e81": "厂",
  "\u2e8a": "卜",
  "\u2e8c": "小",
  "\u2e97": "心",
  "\u2e9d": "月",
  "\u2e9f": "母",
  "\u2ea0": "民",
  "\u2ea1": "水",
  "\u2ea3": "火",
  "\u2ea7": "牛",
  "\u2ea8": "犬",
  "\u2ea9": "王",
  "\u2eab": "目",
  "\u2eac": "示",
  "\u2eae": "竹",
  "\u2eb6": "羊",
  "\u2ebb": "聿",
  "\u2ebd": "臼",
  "\u2ec1": "虎",
  "\u2ec4": "西",
  "\u2ec5": "见",
  "\u2ec6": "角",
  "\u2ec9": "贝",
  "\u2eca": "足",
  "\u2ecb": "车",
  "\u2ed1": "長",
  "\u2ed3": "长",
  "\u2ed4": "门",
  "\u2ed7": "雨",
  "\u2ed8": "青",
  "\u2ed9": "韦",
  "\u2eda": "页",
  "\u2edb": "风",
  "\u2edc": "飞",
  "\u2edd": "食",
  "\u2ee1": "首",
  "\u2ee2": "马",
  "\u2ee3": "骨",
  "\u2ee4": "鬼",
  "\u2ee5": "鱼",
  "\u2ee6": "鸟",
  "\u2ee7": "卤",
  "\u2ee8": "麦",
  "\u2ee9": "黄",
  "\u2eea": "黾",
  "\u2eec": "齐",
  "\u2eee": "齿",
  "\u2ef0": "龙",
  "\u2ef3": "龟",
};

/** The text with radicals and compatibility ideographs written as the ideographs they stand for. */
export const ordinaryIdeographs = (s: string): string =>
  s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => SUPPLEMENT[ch] ?? ch.normalize("NFKC"));
