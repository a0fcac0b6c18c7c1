"""The segmenter and the spaCy tokenizer: owned instances, user dictionary, exact text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.segment import Segmenter
from pipeline.tokenizer import words_and_spaces


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_backends_tile_the_text_and_use_the_user_dictionary(backend: str, tmp_path) -> None:
    userdict = tmp_path / "dict.txt"
    userdict.write_text("示例测试词 1000 n\n", encoding="utf-8")
    seg = Segmenter(backend=backend, userdict=userdict)
    text = "这是示例测试词，收入 221.90万元。\n下一行"
    spans = seg.spans(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert "示例测试词" in seg.words(text)


def test_segmenters_do_not_share_state(tmp_path) -> None:
    userdict = tmp_path / "dict.txt"
    userdict.write_text("甲乙丙丁戊 1000 n\n", encoding="utf-8")
    own = Segmenter(backend="jieba", userdict=userdict)
    other = Segmenter(backend="jieba", userdict=tmp_path / "missing.txt")
    assert "甲乙丙丁戊" in own.words("甲乙丙丁戊")
    assert "甲乙丙丁戊" not in other.words("甲乙丙丁戊")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二三 \n\t部门预算万元12.,（）ab")), max_size=80))
def test_doc_text_is_the_text(nlp, text: str) -> None:
    assert nlp.make_doc(text).text == text


def test_words_and_spaces_folds_single_spaces() -> None:
    text = "收入 100 万元  两个空格\n换行"
    spans, pos = [], 0
    for word in ["收入", " ", "100", " ", "万元", " ", " ", "两个", "空格", "\n", "换行"]:
        spans.append((pos, pos + len(word)))
        pos += len(word)
    words, spaces = words_and_spaces(text, spans)
    assert words == ["收入", "100", "万元", " ", "两个", "空格", "\n", "换行"]
    assert spaces == [True, True, True, False, False, False, False, False]


def _fold_one_by_one(words: list[str]) -> tuple[list[str], list[bool]]:
    """The folding rule word by word: a single space after a word that is not whitespace and has
    no trailing space yet becomes its trailing space."""
    folded: list[str] = []
    spaces: list[bool] = []
    for word in words:
        if word == " " and folded and not spaces[-1] and not folded[-1].isspace():
            spaces[-1] = True
        else:
            folded.append(word)
            spaces.append(False)
    return folded, spaces


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["收入", "万元", " ", " ", "  ", "\n", "\t", "a"]), max_size=30))
def test_words_and_spaces_folds_as_the_rule_says(words: list[str]) -> None:
    spans, pos = [], 0
    for word in words:
        spans.append((pos, pos + len(word)))
        pos += len(word)
    assert words_and_spaces("".join(words), spans, list(words)) == _fold_one_by_one(words)


def test_tokens_are_the_spans_and_their_words() -> None:
    from pipeline.segment import default_segmenter

    text = "2 上海市普陀区财政局财政所 预算不单列，并入本级\n3  两个空格 a b"
    spans, words = default_segmenter().tokens(text)
    assert spans == default_segmenter().spans(text)
    assert words == [text[s:e] for s, e in spans]
    assert words_and_spaces(text, spans, words) == words_and_spaces(text, spans)


def test_word_spans_of_a_doc_are_the_segmenter_spans(nlp) -> None:
    from pipeline.components import word_spans
    from pipeline.segment import default_segmenter

    text = "2 上海市普陀区财政局财政所 预算不单列，并入本级\n3  两个空格 a b"
    assert word_spans(nlp.make_doc(text)) == default_segmenter().spans(text)


def test_a_doc_keeps_the_words_strings_beside_their_spans(nlp) -> None:
    from pipeline.components import word_spans
    from pipeline.tokenizer import WORD_TEXTS_KEY

    text = "2 上海市普陀区财政局财政所 预算不单列，并入本级\n3  两个空格 a b"
    doc = nlp.make_doc(text)
    assert doc.user_data[WORD_TEXTS_KEY] == [text[s:e] for s, e in word_spans(doc)]


def test_word_index_texts_are_the_words_however_given() -> None:
    from pipeline.orgs.words import WordIndex

    text = "支持宏远科技发展"
    spans = [(0, 2), (2, 4), (4, 6), (6, 8)]
    assert WordIndex(spans).texts(text) == ["支持", "宏远", "科技", "发展"]
    assert WordIndex(spans, ["支持", "宏远", "科技", "发展"]).texts(text) == ["支持", "宏远", "科技", "发展"]
    assert WordIndex(spans, ["支持"]).texts(text) == ["支持", "宏远", "科技", "发展"]  # not aligned: sliced


def test_word_spans_without_the_kept_spans_are_rebuilt_from_tokens(nlp) -> None:
    from pipeline.components import word_spans
    from pipeline.tokenizer import WORDS_KEY

    text = "2 上海市普陀区财政局财政所 预算不单列，并入本级\n3  两个空格 a b"
    doc = nlp.make_doc(text)
    kept = word_spans(doc)
    del doc.user_data[WORDS_KEY]
    assert word_spans(doc) == kept


def test_one_segmenter_per_backend_however_it_is_asked_for() -> None:
    # the dictionary takes ~30 MiB and ~0.1 s to load: the tokenizer and the organization stage
    # must share one instance whether they pass the backend or not
    from pipeline.segment import default_segmenter

    assert default_segmenter() is default_segmenter("auto")
    assert default_segmenter(backend="auto") is default_segmenter()
