// Placeholder entry point; the CLI issue replaces it.
console.log('smtp-doctor');
