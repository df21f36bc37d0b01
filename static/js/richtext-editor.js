// The rich-text editor (django-prose-editor, Tiptap) on every textarea[data-richtext].
//
// django-prose-editor's own presets load through an inline import map and let Tiptap
// inject an inline <style>; our CSP refuses both. This module imports the editor by its
// static path, builds the extensions that core/richtext.py lists (data-richtext), turns
// the style injection off (static/css/richtext-editor.css has those rules) and puts the
// menu's English labels, which the package does not translate, into the admin's language.
import * as prose from "../django_prose_editor/editor.js";

const gettext = window.gettext || ((text) => text);

// The menu's titles and texts as the package writes them, and ours to translate.
const LABELS = {
  bold: gettext("Bold"),
  italic: gettext("Italic"),
  "heading 2": gettext("Heading 2"),
  "heading 3": gettext("Heading 3"),
  "Heading 2": gettext("Heading 2"),
  "Heading 3": gettext("Heading 3"),
  paragraph: gettext("Paragraph"),
  Paragraph: gettext("Paragraph"),
  "unordered list": gettext("Bulleted list"),
  "ordered list": gettext("Numbered list"),
  "insert link": gettext("Insert link"),
  "remove link": gettext("Remove link"),
  undo: gettext("Undo"),
  redo: gettext("Redo"),
};

function translateMenu(root) {
  for (const element of root.querySelectorAll(".prose-menubar [title], .prose-menubar [aria-label]")) {
    for (const name of ["title", "aria-label"]) {
      const value = element.getAttribute(name);
      if (value in LABELS) element.setAttribute(name, LABELS[value]);
    }
  }
  // The block-type dropdown's options are elements whose text is the label.
  for (const element of root.querySelectorAll(".prose-menubar *")) {
    const text = element.textContent;
    if (element.children.length === 0 && text in LABELS && LABELS[text] !== text && !element.classList.contains("material-icons")) {
      element.textContent = LABELS[text];
    }
  }
}

function extensionsFrom(config) {
  const extensions = [];
  for (const [name, options] of Object.entries(config.extensions)) {
    const extension = prose[name];
    if (!extension) {
      console.error(`richtext-editor: no extension ${name}`);
    } else {
      extensions.push(typeof options === "object" ? extension.configure(options) : extension);
    }
  }
  return extensions;
}

function nameOf(textarea) {
  const label = textarea.id && document.querySelector(`label[for="${textarea.id}"]`);
  if (!label) return { "aria-label": textarea.name };
  if (!label.id) label.id = `${textarea.id}_label`;
  return { "aria-labelledby": label.id, "aria-multiline": "true" };
}

// As django-prose-editor's createTextareaEditor, with injectCSS off.
function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return;
  const config = JSON.parse(textarea.dataset.richtext);
  const disabled = textarea.hasAttribute("disabled");
  const wrapper = document.createElement("div");
  wrapper.className = disabled ? "prose-editor disabled" : "prose-editor";
  textarea.before(wrapper);
  wrapper.append(textarea);
  new prose.Editor({
    element: wrapper,
    editable: !disabled,
    injectCSS: false,
    // The editable area is the field now: it takes the textarea's label as its name.
    editorProps: { attributes: nameOf(textarea) },
    extensions: extensionsFrom(config),
    content: textarea.value,
    onUpdate({ editor }) {
      const html = editor.getHTML();
      // An empty document is one empty paragraph; the field is then empty.
      textarea.value = /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });
  translateMenu(wrapper);
  new MutationObserver(() => translateMenu(wrapper)).observe(wrapper, { childList: true, subtree: true });
}

prose.initializeEditors(createEditor, "textarea[data-richtext]");
