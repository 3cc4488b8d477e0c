namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>What the crawler runs inside the page: reading its links and forms, and submitting a form as an attacker would.</summary>
internal static class CrawlScripts
{
    /// <summary>Every same-origin link's absolute address.</summary>
    public const string Links = """
        () => [...document.querySelectorAll('a[href]')]
          .filter(a => !a.closest('template') && a.origin === location.origin)
          .map(a => a.href.split('#')[0])
        """;

    /// <summary>
    /// Every form: its method, its fields (name, kind, value) and its submit buttons with the address each posts to
    /// (a button's formaction, else the form's action). Rows inside a template are not part of the page.
    /// </summary>
    public const string Forms = """
        () => [...document.forms].map((f, i) => ({
          index: i,
          method: (f.getAttribute('method') || 'get').toLowerCase(),
          action: f.action,
          fields: [...f.elements]
            .filter(e => e.name && !['submit', 'button', 'reset', 'image'].includes(e.type))
            .map(e => ({ name: e.name, kind: e.tagName === 'SELECT' ? 'select' : e.tagName === 'TEXTAREA' ? 'textarea' : (e.type || 'text'), value: e.value ?? '' })),
          submitters: [...f.querySelectorAll('button, input[type=submit]')]
            .filter(b => b.type === 'submit')
            .map(b => ({ label: (b.textContent || b.value || '').trim().replace(/\s+/g, ' ').slice(0, 60), action: b.getAttribute('formaction') ? b.formAction : f.action }))
        }))
        """;

    /// <summary>
    /// Fills the form as a person would where a field is empty (so only the overridden field is wrong), then
    /// puts each override in raw — a select gets the option it lacks, a date or number field becomes text so
    /// the browser cannot tidy the value — and submits with the browser's own checks off: the server must cope.
    /// </summary>
    public const string Submit = """
        ([formIndex, submitterIndex, overrides, action]) => {
          const form = document.forms[formIndex];
          if (!form) return false;
          const elements = [...form.elements];
          const today = new Date().toISOString().slice(0, 10);
          for (const e of elements) {
            if (!e.name || e.disabled || ['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'file'].includes(e.type)) continue;
            if (e.tagName === 'SELECT') {
              if (!e.value) { const option = [...e.options].find(o => o.value); if (option) e.value = option.value; }
              continue;
            }
            if (e.value) continue;
            e.value = e.type === 'email' ? 'crawler@example.org'
              : e.type === 'date' ? today
              : e.type === 'number' ? (e.min || '1')
              : e.type === 'password' ? 'Not the password 1'
              : 'Crawler text';
          }
          for (const [name, value] of overrides) {
            const e = elements.find(x => x.name === name);
            if (!e) continue;
            if (e.tagName === 'SELECT') {
              if (![...e.options].some(o => o.value === value)) e.add(new Option(value, value));
              e.value = value;
            } else if (e.type === 'checkbox' || e.type === 'radio') {
              e.value = value;
              e.checked = true;
            } else {
              if (e.tagName === 'INPUT' && e.type !== 'hidden') e.type = 'text';
              e.value = value;
            }
          }
          form.noValidate = true;
          const submitter = [...form.querySelectorAll('button, input[type=submit]')].filter(b => b.type === 'submit')[submitterIndex];
          if (action) { form.action = action; if (submitter) submitter.formAction = action; }
          form.requestSubmit(submitter);
          return true;
        }
        """;

    /// <summary>
    /// How far the page scrolls sideways, and the innermost elements that stick out. A single pixel that no element
    /// reaches past the edge is the rounding of fractional widths (seen only with the crawler's long generated names,
    /// never reproduced by hand), not a page wider than the phone.
    /// </summary>
    public const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          const overflow = document.documentElement.scrollWidth - width;
          if (overflow <= 0) return null;
          if (overflow <= 1 && ![...document.querySelectorAll('body *')].some(e => e.getBoundingClientRect().right > width + 1)) return null;
          const name = e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.');
          const boxes = [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('svg') && e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
            .slice(0, 3).map(e => name(e) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
          // A word too long for its box spills out of it while the box itself fits: name the text, not the box.
          const clipped = e => { for (; e && e !== document.body; e = e.parentElement) if (getComputedStyle(e).overflowX !== 'visible') return true; return false; };
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && texts.length < 3; node = walker.nextNode()) {
            if (!node.textContent.trim() || node.parentElement.closest('svg') || clipped(node.parentElement)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            if (range.getBoundingClientRect().right > width + 1) texts.push('text in ' + name(node.parentElement) + ' "' + node.textContent.trim().slice(0, 40) + '"');
          }
          return overflow + ' px: ' + [...boxes, ...texts].join(' | ');
        }
        """;

    /// <summary>What state the page is in, beyond its address: errors shown, a confirmation asked.</summary>
    public const string State = """
        () => [
          document.querySelector('.field-error, .errors li, [role=alert].errors') ? 'errors' : '',
          document.querySelector('[data-testid=confirm]') ? 'confirm' : '',
        ].filter(Boolean).join('+')
        """;
}
