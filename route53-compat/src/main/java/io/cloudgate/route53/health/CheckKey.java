package io.cloudgate.route53.health;

/** An account's health check, as one key (account ids never contain '/'). */
record CheckKey(String account, String id) {
    static CheckKey parse(String key) {
        int slash = key.indexOf('/');
        return new CheckKey(key.substring(0, slash), key.substring(slash + 1));
    }

    @Override
    public String toString() {
        return account + "/" + id;
    }
}
