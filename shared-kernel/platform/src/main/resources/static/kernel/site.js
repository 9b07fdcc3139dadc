// htmx sends the page's CSRF token (its <meta>) with every request it makes.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// A form shown again with what is wrong: the summary takes the focus, so a screen reader
// reads it first, and each of its links moves the focus to its field.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
});

document.addEventListener('click', function (event) {
    var link = event.target.closest('.error-summary a[href^="#"]');
    var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (field) {
        event.preventDefault();
        field.focus();
    }
});
