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

// A signed download (a link, or a GET form, marked data-signed-download with the id of the place
// to report in) is fetched here, so that the checkpoint it was signed at can be shown for the
// person to keep; the file is then saved as usual. Without script, or if anything goes wrong,
// the browser simply goes to the download.
document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-signed-download]');
    if (link) {
        event.preventDefault();
        signedDownload(link.href, link.getAttribute('download'), link.getAttribute('data-signed-download'));
    }
});

document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-signed-download]');
    if (form) {
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) {
            data.append(event.submitter.name, event.submitter.value);
        }
        var url = new URL(form.action, document.baseURI);
        url.search = new URLSearchParams(data).toString();
        signedDownload(url.toString(), null, form.getAttribute('data-signed-download'));
    }
});

function signedDownload(url, filename, statusId) {
    fetch(url, {credentials: 'same-origin'}).then(function (response) {
        var checkpoint = response.headers.get('Export-Checkpoint');
        if (!response.ok || !checkpoint) {
            window.location.assign(url);
            return null;
        }
        var disposition = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '');
        var name = filename || (disposition && disposition[1]) || 'export';
        return response.blob().then(function (blob) {
            var save = document.createElement('a');
            save.href = URL.createObjectURL(blob);
            save.download = name;
            document.body.appendChild(save);
            save.click();
            save.remove();
            setTimeout(function () { URL.revokeObjectURL(save.href); }, 60000);
            showCheckpoint(statusId, name, checkpoint);
        });
    }).catch(function () {
        window.location.assign(url);
    });
}

function showCheckpoint(statusId, name, checkpoint) {
    var status = document.getElementById(statusId);
    if (!status) {
        return;
    }
    var notice = document.createElement('p');
    notice.className = 'notice';
    notice.appendChild(document.createTextNode(name + ' is signed at checkpoint '));
    var reference = document.createElement('strong');
    reference.className = 'reference checkpoint';
    reference.textContent = checkpoint;
    notice.appendChild(reference);
    notice.appendChild(document.createTextNode('. Keep it with the file: it proves later that nothing recorded '
        + 'before the file was made has been cut or changed.'));
    status.replaceChildren(notice);
}
