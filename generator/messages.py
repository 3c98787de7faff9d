"""Every message an editor reads, in Chinese (default) and English (PLAN_SITE_LANG=en).

One place for wording: code names a message by key and passes its values.
"""

from __future__ import annotations

import os

CATALOG: dict[str, tuple[str, str]] = {
    # reading files
    "cannot_read": ("无法读取文件：{reason}", "cannot read the file: {reason}"),
    "too_big": ("文件有 {size:,} 字节，超过上限 {limit:,}", "file is {size:,} bytes; the limit is {limit:,}"),
    "not_utf8": ("文件不是 UTF-8 编码；请另存为 UTF-8", "file is not UTF-8 text; save it as UTF-8"),
    "source_not_utf8": (
        "原文文本不是 UTF-8 编码；请先转换（如 iconv -f GBK -t UTF-8）",
        "the source text is not UTF-8; convert it (e.g. iconv -f GBK -t UTF-8)",
    ),
    "empty": ("文件是空的", "file is empty"),
    "top_not_mapping": ("文件最外层必须是“键: 值”映射", "the top level must be a mapping of keys to values"),
    "hidden_char": ("不可见的控制字符 U+{code}；请删除", "invisible control character U+{code}; delete it"),
    "not_plain": (
        "这里只允许文本、数字、日期、列表和映射（不允许 !!binary 等标签、复杂键或合并键 <<）",
        "only plain text, numbers, dates, lists and mappings are allowed here "
        "(no tags such as !!binary, no complex keys, no merge keys <<)",
    ),
    "yaml_syntax": ("YAML 语法错误：{what}", "YAML syntax error: {what}"),
    "duplicate_key": (
        "键“{key}”重复（同一映射中每个键只能出现一次）",
        'duplicate key "{key}" (a key may appear only once)',
    ),
    "hint_fullwidth_colon": (
        "第 {line} 行用了全角冒号“：”；键后面要用半角冒号加空格“: ”",
        "line {line} uses the full-width colon '：'; a key needs the ASCII colon and a space ': '",
    ),
    "hint_tab": (
        "第 {line} 行用制表符（Tab）缩进；YAML 只能用空格缩进",
        "line {line} is indented with a tab; YAML indents with spaces only",
    ),
    "hint_comparator": (
        "第 {line} 行的值以“>”或“<”开头，要加引号，如 comparator: '>='",
        "the value on line {line} starts with '>' or '<': quote it, e.g. comparator: '>='",
    ),
    "hint_bracket": (
        "第 {line} 行的方括号 [ ] 或花括号 {{ }} 没有配对闭合",
        "the bracket [ ] or brace {{ }} opened on line {line} is not closed",
    ),
    "hint_indent": (
        "第 {line} 行的缩进与上下文不一致：同一层的键要对齐，列表项“- ”要比上一级多缩进",
        "the indentation of line {line} does not fit: keys of one level line up, list items '- ' sit deeper",
    ),
    # pydantic errors, by type
    "missing": ("缺少必填字段", "required field is missing"),
    "unknown_field": ("未知字段“{name}”", "unknown field '{name}'"),
    "did_you_mean": ("；是否想写“{hint}”？", "; did you mean '{hint}'?"),
    "allowed_here": ("；此处允许：{known}", "; allowed here: {known}"),
    "literal": ("只能是 {expected}（现为 {got}）", "must be one of {expected} (got {got})"),
    "int": ("应为整数", "must be a whole number"),
    "number": ("应为数字", "must be a number"),
    "text": ("应为文本", "must be text"),
    "list": ("应为列表", "must be a list"),
    "mapping": ("应为“键: 值”映射", "must be a mapping of keys to values"),
    "bool": ("应为 true 或 false", "must be true or false"),
    "date": ("应为日期，如 2022-06-22", "must be a date such as 2022-06-22"),
    "too_short_text": ("不能为空", "must not be empty"),
    "too_long_text": ("过长（最多 {max} 个字符）", "is too long (at most {max} characters)"),
    "ge": ("应不小于 {limit}", "must be at least {limit}"),
    "le": ("应不大于 {limit}", "must be at most {limit}"),
    "pair": ("应为两个行号 [起, 止]", "must be two line numbers [first, last]"),
    "slug": (
        "必须是网址安全的 id：小写英文字母、数字和单个连字符（如 anyang-2021-2025）",
        "must be a URL-safe id: lower-case ASCII letters, digits and single hyphens (e.g. anyang-2021-2025)",
    ),
    "blank": ("不能只有空白；不需要时请删掉该字段", "must not be blank; remove the field instead of leaving it empty"),
    "placeholder": (
        "仍是 new-plan 生成的占位文字；请填写实际内容",
        "is still a placeholder from new-plan; fill in the real text",
    ),
    "redirect_path": (
        "必须是本站页面路径，如 plans/<规划>/indicators/<id>/index.md（小写字母、数字、-、_；不含 ..，不以 / 开头），"
        "或 gov.cn 网站的 https 地址",
        "must be a page path of this site such as plans/<plan>/indicators/<id>/index.md "
        "(lower-case letters, digits, '-', '_'; no '..', no leading '/'), or an https address on a gov.cn host",
    ),
    "one_line": ("只能写一行：标题或名称中不能有换行", "must be one line: a title or name cannot contain a line break"),
    "colour": ("应为 #rrggbb 形式的颜色，如 #1f77b4", "must be a colour such as #1f77b4"),
    "url": ("应为 http(s) 网址，不能有空格或引号", "must be an http(s) address without spaces or quotes"),
    "years_reversed": (
        "last_year（{last}）早于 first_year（{first}）",
        "last_year ({last}) is before first_year ({first})",
    ),
    "lines_start": ("行号从 1 开始", "line numbers start at 1"),
    "lines_reversed": (
        "范围的结束行（{end}）在开始行（{start}）之前",
        "the range ends ({end}) before it starts ({start})",
    ),
    "period_reversed": (
        "规划期的结束年（{end}）早于开始年（{start}）",
        "period ends ({end}) before it starts ({start})",
    ),
    "observation_when": (
        "实际值需要原文给出的年份（year）或时期（period）",
        "an observation needs the year or the period the text gives",
    ),
    "illegible_number": (
        "标为原文残损（illegible）的值不能有数值（value 应为 null）",
        "a value marked illegible has no number (value must be null)",
    ),
    "range_upper": (
        "区间（upper）需要 value 小于 upper，且 comparator 为 '='",
        "a range needs value < upper and comparator '='",
    ),
    "upper_not_in_written": (
        "区间上限 {number} 不在原文写法“{written}”中",
        "the range's upper end {number} is not in the text as written '{written}'",
    ),
    "obs_official_other_plan": (
        "这条整体评价没有写到本规划（《{title}》）：对整个地区“十四五”规划纲要等其他文件的评价不是本规划的官方评价，"
        "请移到 not_found 并说明，或填写 indicator",
        "this statement on the plan as a whole does not name this plan ({title}): an evaluation of another "
        "document (such as the region's whole five-year plan) is not this plan's; move it to not_found, or set indicator",
    ),
    "cli_no_data": (
        "在 {root} 中找不到 data/ 文件夹：请在规划网站仓库的根目录中运行，或用 --root 指定仓库"
        "（如 {prog} --root /path/to/repo validate）",
        "no data/ folder in {root}: run this in the root of the plan site's repository, or name it with "
        "--root (e.g. {prog} --root /path/to/repo validate)",
    ),
    "build_busy": (
        "另一个构建正在进行（同一个仓库）；请等它结束后再运行",
        "another build of this checkout is running; run again when it has finished",
    ),
    "source_not_cited": (
        "提示：{name} 没有规划引用（plan.yaml 的 source.file），不发布到网站和离线包",
        "note: no plan cites {name} (plan.yaml source.file); it is not published on the site or in the offline bundle",
    ),
    "diff_address_unlisted": (
        "data/addresses.txt: 删除了已发布的网址 {addr}（这个文件只能增加；网址不再使用时，请在 data/redirects.yaml 中加跳转）",
        "data/addresses.txt: the published address {addr} was deleted (the file only grows; add a redirect in "
        "data/redirects.yaml for an address no longer used)",
    ),
    "other": ("{msg}", "{msg}"),
    "no_history": (
        "提示：本次构建不在 git 版本库中，读不到修改记录；指标页不显示“修改记录”，“最近更新”页为空，不生成订阅源",
        "note: this build is not in a git checkout, so there is no change history; indicator pages leave out "
        "their change history, the changes page is empty and no feed is written",
    ),
    # cross-file checks
    "duplicate_id": (
        "{what} id“{ident}”重复（第 {first} 行已用过）",
        "duplicate {what} id '{ident}' (first used on line {first})",
    ),
    "unknown_ref": ("未知的{what}“{value}”", "unknown {what} '{value}'"),
    "unknown_section": ("第“{chapter}”章中没有节“{value}”", "unknown section of chapter '{chapter}' '{value}'"),
    "reserved_anchor": (
        "id“{ident}”已被页面本身使用；请换一个",
        "id '{ident}' is used by the page itself; choose another",
    ),
    "outside_source": (
        "第 {line} 行超出了原文文件（共 {total} 行）",
        "line {line} is outside the source file ({total} lines)",
    ),
    "not_in_written": (
        "{number} 没有出现在 as_written“{written}”中",
        "{number} does not appear in as_written '{written}'",
    ),
    "not_in_lines": (
        "{number} 没有出现在所引原文第 {first}–{last} 行中",
        "{number} does not appear in the cited source lines {first}–{last}",
    ),
    "name_not_in_quote": (
        "名称“{name}”没有在 quote 中原样出现：名称应照抄原文；若是根据原句拼合的，请加上 name_composed: true",
        "the name '{name}' does not occur in the quote: copy it as written, or set name_composed: true if it was put together",
    ),
    "name_in_quote": (
        "名称“{name}”在 quote 中原样出现，不是拼合的：请删去 name_composed",
        "the name '{name}' occurs in the quote as written: remove name_composed",
    ),
    "comparator_no_number": ("有比较符（comparator）就必须在 value 中写数字", "a comparator needs a number in 'value'"),
    "number_no_comparator": ("有数字就要写比较符（=、>=、>、<=、<）", "a number needs a comparator (=, >=, >, <=, <)"),
    "comparator_contradicts": (
        "比较符“{comparator}”与 as_written“{written}”不符（原文是“{stated}”）",
        "comparator '{comparator}' contradicts as_written '{written}' (which says '{stated}')",
    ),
    "target_outside_period": (
        "目标年份 {year} 不在规划期 {start}–{end} 之内",
        "target year {year} is outside the plan's period {start}–{end}",
    ),
    "baseline_after_period": (
        "基期年份 {year} 晚于规划期末（{end}）",
        "baseline year {year} is after the plan's period ends ({end})",
    ),
    "baseline_after_target": (
        "基期年份 {year} 晚于目标年份 {target}",
        "baseline year {year} is after the target year {target}",
    ),
    "observation_future": (
        "实际值年份 {year} 晚于规划成文的年份（{written}），规划不可能报告它",
        "observation year {year} is after the plan was written ({written}); the plan cannot report it",
    ),
    "published_before_issued": (
        "发布日期（{published}）早于成文日期（{issued}）",
        "published ({published}) is before issued ({issued})",
    ),
    "parent_cycle": ("上级规划形成了循环：{chain}", "parents run in a circle: {chain}"),
    "id_folder": ("必须与文件夹名“{folder}”相同", "must equal the folder name '{folder}'"),
    "no_plan_yaml": ("每个规划文件夹都需要 plan.yaml", "every plan folder needs a plan.yaml"),
    "unexpected_file": ("多余的文件；规划文件夹只能有 {allowed}", "unexpected file; a plan folder holds {allowed}"),
    "no_source": ("data/sources/ 中没有文件“{name}”", "no file '{name}' in data/sources/"),
    "symlink": (
        "data/ 中不允许符号链接；请把文件复制进来",
        "symbolic links are not allowed in data/; copy the file in",
    ),
    # observations (later figures) and their sources
    "obs_unexpected_file": (
        "多余的文件；这个文件夹只放 <规划id>.yaml",
        "unexpected file; this folder holds <plan-id>.yaml files",
    ),
    "obs_no_source": (
        "data/sources/observations/ 中没有文件“{name}”",
        "no file '{name}' in data/sources/observations/",
    ),
    "obs_unregistered": ("这份存档文本在 sources.yaml 中没有登记", "archived text without an entry in sources.yaml"),
    "obs_plan_file": ("必须与文件名“{stem}”相同", "must equal the file name '{stem}'"),
    "obs_cumulative_number": ("累计计算需要一个写有数字的目标", "a cumulative method needs a target with a number"),
    "obs_unit": ("单位“{unit}”与指标的单位“{expected}”不同", "unit '{unit}' differs from the indicator's '{expected}'"),
    "obs_conflict": (
        "同一指标同一年份的另一个数字（第 {first} 行）与此不同；请给其中一个加上 doubt 说明",
        "another figure for the same indicator and year (line {first}) differs; mark one with a doubt",
    ),
    "obs_status_quote": ("“{status}”没有出现在引文中", "'{status}' does not occur in the quote"),
    "obs_outside": ("第 {line} 行超出了 {file}（共 {total} 行）", "line {line} is outside {file} ({total} lines)"),
    "obs_not_quoted": (
        "“{phrase}”不在所引的 {file} 第 {lines} 行中；请一字不差地引用",
        "'{phrase}' is not in the cited lines ({file} lines {lines}); quote it exactly",
    ),
    "obs_too_early": (
        "年份 {year} 早于规划的起点（{earliest}）；这不是规划之后的数字",
        "year {year} is before the plan's starting point ({earliest}); it is not a later figure",
    ),
    "obs_after_source": (
        "年份 {year} 晚于来源的发布日期（{date}），来源不可能报告它",
        "year {year} is after the source was published ({date}); it cannot report it",
    ),
    "obs_after_period": ("年份 {year} 晚于规划期末（{end}）", "year {year} is after the plan's period ({end})"),
    # addresses and redirects
    "address_breaks": (
        "这个已发布的地址会失效；请保留该页面，或在 data/redirects.yaml 中为“{page}”添加重定向",
        "this published address would break; keep the page or add a redirect for '{page}' in data/redirects.yaml",
    ),
    "redirect_live": (
        "“{old}”是本站现有页面；重定向会覆盖它",
        "'{old}' is a page of the site; a redirect would replace it",
    ),
    "redirect_unpublished": (
        "“{old}”从未发布过（不在 data/addresses.txt 中）",
        "'{old}' was never published (not in data/addresses.txt)",
    ),
    "redirect_chain": (
        "目标“{new}”本身又被重定向；请直接指向最终页面",
        "the target '{new}' is itself redirected; point at the final page",
    ),
    "redirect_nowhere": ("目标“{new}”不是本站页面", "the target '{new}' is not a page of the site"),
    # command output
    "cli_valid": (
        "数据无误：{plans} 部规划、{indicators} 项指标、{items} 个专栏项目、{measures} 段措施",
        "ok: {plans} plans, {indicators} indicators, {items} project items, {measures} measures",
    ),
    "cli_built": ("网站已生成在 {site}/（{stages}）", "site built in {site}/ ({stages})"),
    "cli_unchanged": (
        "自上次构建以来没有改动（数据、模板、代码、配置、修改记录都相同），{site}/ 保持不变",
        "nothing changed since the last build (data, templates, code, configuration and history alike); "
        "{site}/ is as it was",
    ),
    "cli_shard_built": (
        "分片 {shard} 的单元已生成在 {units}/，待合并（{stages}）",
        "shard {shard}: units built in {units}/, to be merged ({stages})",
    ),
    "cli_draft_bad": ("草稿还需修改才能通过校验：", "the draft needs fixes before it validates:"),
    "cli_draft_ok": ("草稿通过校验", "the draft validates"),
    "cli_new_plan": (
        "已写入 {folder}/（骨架，尚不能通过检查）：把规划原文放进 data/sources/，在 plan.yaml 中填写它的文件名和"
        "标题、发布机关等，补齐各文件，然后运行 python -m generator validate",
        "wrote {folder}/ (a skeleton that does not validate yet): put the plan's text in data/sources/, name it "
        "and fill in the title, issuer and so on in plan.yaml, complete the files, then run: python -m generator validate",
    ),
    "cli_new_plan_todo": ("还要做的（validate 现在的报告）：", "still to do (what validate says now):"),
    "cli_wrote": ("已写入 {path}", "wrote {path}"),
    "cli_addresses": ("{n} 个新地址已记入 {file}", "{n} new addresses recorded in {file}"),
    "cli_serving": (
        "本地预览：http://{addr}/ （数据改动后自动重新生成；按 Ctrl+C 退出）",
        "preview at http://{addr}/ (regenerated when data changes; Ctrl+C to stop)",
    ),
    "cli_regenerated": ("{time} 数据已改动：content/ 已重新生成", "{time} data changed: content/ regenerated"),
    "error": ("错误：{what}", "error: {what}"),
    "mkdocs_failed": ("MkDocs 构建失败：{what}", "MkDocs build failed: {what}"),
    "broken_links": ("{n} 个站内链接失效：\n  {shown}", "{n} broken internal links:\n  {shown}"),
    "pagefind_missing": (
        "缺少 {binary}：请运行 scripts/setup.sh（npm ci）",
        "{binary} is missing: run scripts/setup.sh (npm ci)",
    ),
    "pagefind_failed": ("Pagefind 建立搜索索引失败（{code}）：\n{out}", "Pagefind failed ({code}):\n{out}"),
    "build_failed": ("错误：{what}\n原来的 site/ 保持不变", "error: {what}\nthe previous site/ was left as it was"),
    "bad_plan_id": (
        "“{plan_id}”不是网址安全的 id（小写英文字母、数字和连字符）",
        "'{plan_id}' is not a URL-safe id (lower-case letters, digits, hyphens)",
    ),
    "folder_exists": ("{folder} 已存在", "{folder} exists already"),
    "import_failed": (
        "导入程序读不懂这份文本，没有写入任何文件（{error}）；请把原文和这条信息报告给维护者，"
        "或先手工用 new-plan 建立规划文件夹",
        "the importer could not read this text and wrote nothing ({error}); please report the text and this "
        "message to the maintainers, or start the plan folder by hand with new-plan",
    ),
    "import_head_date_later": (
        "文中的日期 {date} 晚于网页地址 {url} 所带的年份，应是网页生成或更新的日期，不是原文的日期，导入程序未采用",
        "the date {date} in the text is later than the year its page's address {url} carries: the day the page "
        "was made or updated, not the text's; the importer did not take it",
    ),
    "import_address_dated": (
        "原文没有自己的日期；网页地址 {url} 带有日期（{year}年{month}月），导入程序据此把此前的年份读作已过去。"
        "网页可能是后来的转载：规划的印发、发布日期请核实后再填写",
        "the text gives no date of its own; its page's address {url} is dated ({year}-{month}), so the importer "
        "read the years before as past. The page may be a later repost: check the plan's dates before filling them in",
    ),
    "import_period_unknown": (
        "原文没有写明规划期（年份或“十四五”等）；草稿暂填{start}—{end}年，没有写年份的目标都算作{end}年。"
        "请按原文核实规划期和每个目标的年份",
        "the text names no plan period (years, or a period such as the 14th five-year plan); the draft puts "
        "{start}–{end} in its place, so every target without a year of its own counts as {end}'s. Check the "
        "period and each target's year against the text",
    ),
    "import_period_dated": (
        "原文没有写明规划期；草稿取原文日期所在的{start}年至原文此后写到的最晚年份{end}年，没有写年份的目标都算作{end}年。"
        "请按原文核实规划期和每个目标的年份",
        "the text names no plan period; the draft takes its date's year, {start}, to the latest year it names from "
        "then on, {end}, so every target without a year of its own counts as {end}'s. Check the period and each target's year against the text",
    ),
    "import_this_year_undated": (
        "原文写了“今年”“年内”或“全年计划”，但原文和网页地址都没有日期可据，草稿不知道“今年”是哪一年：这些目标的年份请按原文"
        "核实后填写（可加 --url 网页地址，地址带日期时据此判断）",
        "the text says 今年 (this year) but neither it nor its page's address gives a date, so the draft cannot tell "
        "which year that is: fill in those targets' years after checking the source (--url helps where the "
        "address carries a date)",
    ),
    "draft_exists": ("{folder} 已存在；要覆盖草稿请加 --force", "{folder} exists; pass --force to overwrite the draft"),
    "source_name_taken": (
        "data/sources/ 中已有另一份同名文本“{name}”；请给新文本改个文件名再导入",
        "data/sources/ already holds another text named '{name}'; rename the new text and import again",
    ),
    # summary
    "summary": ("共 {n} 处错误，涉及 {files} 个文件", "{n} error(s) in {files} file(s)"),
    # data checks added later (kept at the end so the entries above keep their order)
    "redirect_generated": (
        "“{old}”在程序生成的目录 {folder}/ 下，不是曾发布的页面；重定向的键只能是旧页面地址",
        "'{old}' lies in the generated folder {folder}/, not a former page; a redirect key must be an old page address",
    ),
    "hidden_char_value": (
        "值中有不可见的控制字符 U+{code}（可能写成了转义，如 \\0、\\x..、\\u....）；请删除",
        "the value holds the invisible control character U+{code} (perhaps written as an escape "
        "such as \\0, \\x.., \\u....); delete it",
    ),
    "no_anchors": (
        "不允许使用锚点 & 和别名 *：每个值请直接写出来（别名让审阅者看不出值从哪里来，也可能被用来把文件撑大）",
        "anchors (&) and aliases (*) are not allowed: write each value out (an alias hides where a value "
        "comes from and can blow the file up)",
    ),
    "yaml_mapping_in_value": (
        '这一行的值里有“: ”（冒号加空格），YAML 把它当成了新的键；请给整个值加引号，如 title: "规划背景: 总论"',
        "the value on this line contains ': ' (a colon and a space), which YAML reads as a new key; "
        'quote the whole value, e.g. title: "Background: overview"',
    ),
    "yaml_bad_dedent": (
        "缩进不对：第 {line} 行比上一层多缩进或少缩进，与上下文对不齐；同一层的键要左对齐",
        "wrong indentation on line {line}: it does not line up with the keys around it; keys of one level "
        "must start in the same column",
    ),
    "yaml_second_document": (
        "文件中有第二个 YAML 文档（“---”之后还有内容）；每个文件只能有一个文档，请删去“---”及其后多余的内容",
        "the file holds a second YAML document (more content after '---'); a file holds one document: "
        "delete the '---' and what follows",
    ),
    "source_too_big": (
        "原文文本有 {size:,} 字节，超过上限 {limit:,}",
        "the source text is {size:,} bytes; the limit is {limit:,}",
    ),
    "source_case_clash": (
        "与“{other}”只差大小写；在 Windows、macOS 上二者是同一个文件，请改名",
        "differs from '{other}' only in case; on Windows and macOS they are the same file: rename one",
    ),
    "plan_file_not_folder": (
        "规划必须是一个文件夹 data/plans/<规划id>/（含 plan.yaml 等）；单独的文件不会被读取",
        "a plan is a folder data/plans/<plan-id>/ (with plan.yaml and the rest); a single file here is not read",
    ),
    "source_hidden_char": (
        "原文第 {line} 行有不可见字符或分隔符 U+{code}；编辑器和原文页对行数的算法会不一致，请删除或换成换行",
        "line {line} of the source text holds the invisible character or separator U+{code}; editors and the "
        "source page would count lines differently: delete it or make it a line break",
    ),
    "source_empty": ("原文文本是空的", "the source text is empty"),
    "lines_outside_source": (
        "共 {n} 处引用的行号超出了原文文件 {file}（共 {total} 行），首处在 {where}（第 {line} 行）；请检查 source.file 是否指向正确的原文",
        "{n} cited lines lie outside the source text {file} ({total} lines), the first at {where} (line {line}); "
        "check that source.file names the right text",
    ),
    "not_in_line": (
        "{number} 没有出现在所引原文第 {line} 行中",
        "{number} does not appear in the cited source line {line}",
    ),
    "source_name_bad": (
        "原文文件名“{name}”不允许：只能用英文字母、数字、点、下划线和连字符，以字母或数字开头，以 .txt 结尾"
        "（文件名会成为网址的一部分）",
        "the source file name '{name}' is not allowed: use ASCII letters, digits, '.', '_' and '-', start with a "
        "letter or digit and end in .txt (the name becomes part of an address)",
    ),
    # the data diff (python -m generator diff)
    "diff_not_commit": (
        "❌ {rev} 不是本仓库中的提交（分支名、标签或提交号），无法比较",
        "❌ {rev} is not a commit of this repository (a branch, a tag or a commit id); nothing was compared",
    ),
    "diff_read_modes": (
        "读取方式：改动前 {base} 宽松读取（按现行规则发现的问题只作提示，不影响检查结果）；"
        "改动后 {head} 严格校验（有问题则检查不通过）。",
        "How the data was read: before, {base}, leniently (problems under today's rules are a note and do not "
        "fail the check); after, {head}, strictly (any problem fails the check).",
    ),
    "diff_base_problems": (
        "#### ℹ️ 改动前的数据按现行规则有 {n} 个问题（仅作提示）",
        "#### ℹ️ Before the change, the data has {n} problem(s) under today's rules (a note only)",
    ),
    "diff_base_problems_why": (
        "规则收紧后，改动前的数据可能不再通过校验；这些问题不影响本次检查。改动后的数据已按现行规则严格校验。",
        "When a rule is tightened, the data before the change may no longer pass; these problems do not fail "
        "this check. The data after the change was validated strictly under today's rules.",
    ),
    "diff_other_files": (
        "⚠️ **本次改动不只修改了数据**：另有 {n} 个 data/ 以外的文件（程序、工作流等）有改动。"
        "本报告只比较 data/ 中的数据，这些文件的改动没有包括在内，请另行审阅：",
        "⚠️ **This change is not only a data change**: {n} file(s) outside data/ (code, workflows, …) changed "
        "too. This report compares only the data in data/; review those changes separately:",
    ),
    "diff_other_files_unknown": (
        "⚠️ 无法取得改动文件的列表（{reason}），不能确定是否只修改了数据。",
        "⚠️ git did not list the changed files ({reason}); whether only data changed is unknown.",
    ),
    "diff_lost_title": ("#### ❌ 已发布的网址会失效", "#### ❌ Published addresses would break"),
    "diff_lost_why": (
        "以下是构建时的网址检查发现的问题（构建会因此失败）：已发布的网址必须仍是本站页面，"
        "或在 data/redirects.yaml 中有正确的跳转。",
        "The build's address check finds these problems (the build would fail): a published address must still "
        "be a page of the site or have a correct redirect in data/redirects.yaml.",
    ),
    "diff_failed_lost": (
        "**检查未通过**：{n} 个网址问题（已发布的网址会失效，或跳转有误）。",
        "**Check failed**: {n} address problem(s) (a published address would break, or a redirect is wrong).",
    ),
    # the observation importer (python -m generator observe)
    "observe_left_unit": (
        "单位“{unit}”与指标的单位“{expected}”不同，未起草",
        "unit '{unit}' differs from the indicator's '{expected}'; not drafted",
    ),
    "observe_left_goal": (
        "句中是目标或预期（目标、预期、力争……），不是已达到的数字",
        "the sentence states a goal (目标, 预期, 力争 …), not a figure reached",
    ),
    "observe_left_change": (
        "数字是增减量（提高、增长……），不是指标的水平值",
        "the number is a change (提高, 增长 …), not the indicator's level",
    ),
    "observe_left_bound": (
        "原文只给出界限（超过、以上……），不是确切的数字",
        "the text gives a bound (超过, 以上 …), not the figure itself",
    ),
    "observe_left_no_year": ("原文没有写明年份，标题中也没有", "neither the sentence nor the title gives the year"),
    "observe_left_year": (
        "年份 {year} 不在规划可跟踪的年份内（{first}—{end}）",
        "year {year} is outside the years the plan can track ({first}–{end})",
    ),
    "observe_left_region": (
        "数字属于另一地区或层级（“{word}”），不是本规划地区的",
        "the figure is for another region or level ('{word}'), not the plan's",
    ),
    "observe_left_unnamed": (
        "原文通篇没有提到{region}，也没有写明数字属于哪个地区，不能当作本地区的数字",
        "the text never names {region} nor says whose figure it is; not the region's own",
    ),
    "observe_diff_scope": (
        "范围不同：原文为“{word}”，指标为{region}全域；未核实前不用于计算进度",
        "scope differs: the text says '{word}', the indicator covers all of {region}; not used for the status until checked",
    ),
    "observe_diff_kind": (
        "口径不同：原文为{kind}，指标为{expected}；未核实前不用于计算进度",
        "kind differs: the text gives a {kind}, the indicator tracks a {expected}; not used for the status until checked",
    ),
    "observe_conflict": (
        "与已记录的 {year} 年数值 {other} 不同，请核对",
        "differs from the recorded {year} figure {other}; check which is right",
    ),
    "observe_national": (
        "全国数据，只作参考，不用于计算本地区的进度",
        "a national figure: shown for reference, never used for the region's status",
    ),
    "observe_unknown": ("（原文未写明，待编辑填写）", "(not stated in the text; to be filled in by the editor)"),
    "observe_source_exists": (
        "来源“{id}”已经登记（sources.yaml 或 {file}）；observe 不覆盖已有来源，请换一个 --source-id",
        "source '{id}' is registered already (sources.yaml or {file}); observe never overwrites a source: pass another --source-id",
    ),
    "observe_bad_id": (
        "“{id}”不能用作来源 id（小写英文字母、数字和连字符，如 anyang-2023-tjgb）",
        "'{id}' cannot be a source id (lower-case letters, digits, hyphens, e.g. anyang-2023-tjgb)",
    ),
    "observe_unknown_plan": ("没有 id 为“{plan}”的规划", "there is no plan with the id '{plan}'"),
    "observe_draft_head": (
        "从 {text} 为规划 {plan} 起草了 {n} 条观测值（来源 {source}）：",
        "drafted {n} observation(s) for plan {plan} from {text} (source {source}):",
    ),
    "observe_nothing": (
        "{text} 中没有找到规划 {plan} 指标的可用数字；未写入任何文件",
        "no usable figure for plan {plan}'s indicators in {text}; nothing was written",
    ),
    "observe_left_head": ("未起草（请人工核对）：", "left out (check by hand):"),
    "observe_written": (
        "已写入：{text}、{registry} 末尾的来源条目、{observations} 末尾的观测值（原有条目未改动）",
        "written: {text}, a source entry at the end of {registry}, observations at the end of {observations} "
        "(existing entries untouched)",
    ),
    "observe_review": (
        "每条草稿都带有 doubt（草稿待核对）：编辑对照原文核对后删去 doubt，数字才会用于计算进度",
        "every draft carries a doubt (draft to check): an editor compares it with the text and deletes the doubt "
        "before the figure counts for the status",
    ),
    "observe_left_recorded": ("这个数字已经记录在观测值文件中", "the figure is recorded already"),
    "observe_source_note": (
        "由 observe 命令从原文起草：发布机关、标题、日期取自原文开头，请与原网页核对后改写本说明",
        "drafted by the observe command: publisher, title and date come from the text's opening; check them "
        "against the page and rewrite this note",
    ),
    "observe_block_comment": (
        "# observe 草稿（来源 {source}）：逐条对照原文核对，核对后删去 doubt",
        "# observe draft (source {source}): check each entry against the text, then delete its doubt",
    ),
    "observe_proposal": (
        "  {indicator}{national}：{year} 年 {value}{unit}，第 {line} 行“{written}”",
        "  {indicator}{national}: {year}, {value}{unit}, line {line} '{written}'",
    ),
    "observe_national_mark": ("（全国）", " (national)"),
    "observe_left_line": (
        "  {indicator}：第 {line} 行“{written}”——{why}",
        "  {indicator}: line {line} '{written}': {why}",
    ),
    "observe_draft_doubt": (
        "observe 草稿，待编辑对照原文核对",
        "observe draft; an editor has to check it against the text",
    ),
    "observe_unknown_source": (
        "原文开头没有写明{what}；已写“{placeholder}”，请补上",
        "the text's opening does not state the {what}; wrote '{placeholder}': fill it in",
    ),
    # import: what a draft may replace, and its summary
    "draft_published": (
        "{folder} 是已发布的规划（它的文件已提交到 git）；导入不会覆盖它，加 --force 也不会。"
        "要对照新文本起草，请换一个新的 id 导入",
        "{folder} is a published plan (its files are committed to git); import never overwrites it, not even "
        "with --force. To draft from a new text, import it under a new id",
    ),
    "draft_edited": (
        "{folder} 在导入之后被修改过（{files}）；导入不会覆盖这些改动，加 --force 也不会。"
        "请先提交或另存这些改动，或换一个新的 id 导入",
        "{folder} was changed after it was imported ({files}); import never overwrites those changes, not even "
        "with --force. Commit or save them elsewhere first, or import under a new id",
    ),
    "draft_not_imported": (
        "{folder} 不是 import 写出的草稿（没有导入记录）；导入不会覆盖它，加 --force 也不会。请换一个新的 id 导入",
        "{folder} is not a draft written by import (there is no record of an import); import never overwrites "
        "it, not even with --force. Import under a new id",
    ),
    "draft_replaced": (
        "已替换 {folder}/ 中之前导入的草稿（{when} 由 {text} 导入，导入后未改动）",
        "replaced the draft imported earlier in {folder}/ (imported {when} from {text}, unchanged since)",
    ),
    "import_written": ("草稿已写入 {folder}/", "draft written to {folder}/"),
    "import_counts": (
        "  章 {chapters} 个，节 {sections} 个，专栏 {boxes} 个，表格行 {rows} 行，正文目标 {prose} 项",
        "  chapters {chapters}, sections {sections}, boxes {boxes}, table rows {rows}, prose targets {prose}",
    ),
    "import_check": (
        "  请逐项核对：plan.yaml（层级、地区、发布机关、日期），每个标题、导语和领域，\n"
        "  以及每项正文目标的名称、年份和比较符是否与引文一致。",
        "  check by eye: plan.yaml (level, region, issuer, dates), every title, lead phrase and domain,\n"
        "  and each prose target's name, year and comparator against its quote.",
    ),
    "import_report_words": (
        "  有 {n} 项正文目标的原句带有“已”“累计”“截至”“目前”等报告已做到的情况的字眼，请先核对它们是目标还是已取得的成绩"
        "（成绩应记为观测值 observations）：",
        "  {n} prose targets come from sentences with words of a report (已, 累计, 截至, 目前 …): check first whether each "
        "is a target or a result (a result is an observation):",
    ),
    "import_report_words_line": ("    {id}（第 {line} 行）：{text}", "    {id} (line {line}): {text}"),
    "import_read_done": (
        "  有 {n} 个正文数字，起草规则读作目标，但按上下文用词判断为已取得的成绩，草稿不再记为目标（原句写了年份或时期的"
        "记为观测值 observations，其余记在 notes；各条 notes 有说明）；若原文是要做到的目标，请改回 target：",
        "  {n} prose figures the drafting rules read as targets were read from their context as results and are no "
        "longer drafted as targets (as observations where the sentence gives a year or period, else in notes; each "
        "says so in its notes); where the text sets them as targets, put them back as target:",
    ),
    "import_read_done_note": (
        "按上下文用词判断为已取得的成绩（非目标），请对照原文核对：{as_written}",
        "read from its context as a result, not a target; check it against the text: {as_written}",
    ),
    "import_unplaced": (
        "  有 {n} 行未归入规划（请逐行查看）：",
        "  {n} lines were not placed in the plan (review them):",
    ),
    "import_unplaced_line": ("    第 {line} 行：{why}：{text}", "    line {line}: {why}: {text}"),
    "unplaced_before_text": (
        "在规划正文之前（元数据或网页的其他内容）",
        "before the plan's text (metadata or other page content)",
    ),
    "unplaced_repeated": ("重复出现的行（页眉？）", "repeated line (page header?)"),
    "unplaced_page_number": ("页码残留", "page-number debris"),
    "unplaced_chrome": ("网页栏目文字", "web-page chrome"),
    "unplaced_after_article": (
        "网页正文之后的推荐或相关内容（另一篇文章）",
        "recommended or related items after the page's article (another article)",
    ),
    "unplaced_run_in": (
        "标题与正文连在一起；标题猜作“{title}”",
        "heading runs into its text; title guessed as '{title}'",
    ),
    "unplaced_after_box": (
        "专栏之后的段落：它所在节的标题似乎丢失了",
        "paragraph after a 专栏 box: its section heading seems lost",
    ),
    "unplaced_table_note": ("表格行间的说明（指标解释、计算方法），不是数值", "a note between a table's rows"),
    "unplaced_table_cell": ("不属于任何一行的表格单元格", "table cell outside any row"),
}
WHAT = {
    "domain": ("领域", "domain"),
    "concept": ("概念", "concept"),
    "plan": ("规划", "plan"),
    "chapter": ("章", "chapter"),
    "indicator": ("指标", "indicator"),
    "section": ("节", "section"),
    "section or measure": ("节或段落", "section or measure"),
    "box or box item": ("专栏或专栏项目", "box or box item"),
    "source": ("来源", "source"),
}


def english() -> bool:
    return os.environ.get("PLAN_SITE_LANG", "zh").lower().startswith("en")


def t(name: str, /, **values: object) -> str:
    """The message ``name`` in the editor's language, with its values filled in."""
    zh, en = CATALOG[name]
    return (en if english() else zh).format(**values)


def what(name: str) -> str:
    """A kind of thing (domain, chapter, …) in the editor's language."""
    zh, en = WHAT.get(name, (name, name))
    return en if english() else zh
