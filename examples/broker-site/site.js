// The broker's own page script: a stand-in login that tells Parley who the customer is.
// Loaded as a file (no inline script) so the page runs under a strict CSP.

// The usual queue stub: calls made before parley.js has loaded are replayed in order.
window.Parley = window.Parley || function () { (Parley.q = Parley.q || []).push(arguments); };

const STORAGE_KEY = 'broker-site.customer';
const form = document.getElementById('login');
const select = document.getElementById('customer');
const account = document.getElementById('account');
const who = document.getElementById('who');
const status = document.getElementById('status');

/** Asks the broker's back end (never the browser) to sign an identity token for the session. */
async function fetchIdentityToken(customerId) {
  const response = await fetch(`/session/parley-token?customer=${encodeURIComponent(customerId)}`);
  if (!response.ok) throw new Error(`login refused (${response.status})`);
  const body = await response.json();
  return body.identityToken;
}

function showLoggedIn(customerId) {
  who.textContent = customerId;
  account.hidden = false;
  form.hidden = true;
  status.textContent = `Logged in as ${customerId}. The chat knows who you are.`;
}

function showLoggedOut() {
  account.hidden = true;
  form.hidden = false;
  status.textContent = 'You are not logged in. The chat answers anonymously until you log in.';
}

async function logIn(customerId) {
  try {
    Parley('identify', await fetchIdentityToken(customerId));
    localStorage.setItem(STORAGE_KEY, customerId);
    showLoggedIn(customerId);
  } catch (error) {
    status.textContent = `Could not log in: ${error.message}`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void logIn(select.value);
});

document.getElementById('logout').addEventListener('click', () => {
  // Forgets this browser's conversation, so the next person at this device starts fresh.
  Parley('shutdown');
  localStorage.removeItem(STORAGE_KEY);
  showLoggedOut();
});

// A returning visitor who is still "logged in" is identified again on every page load.
const remembered = localStorage.getItem(STORAGE_KEY);
if (remembered) void logIn(remembered);
