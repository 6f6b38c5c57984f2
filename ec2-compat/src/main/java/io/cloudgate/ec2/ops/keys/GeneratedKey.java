package io.cloudgate.ec2.ops.keys;

/**
 * A key pair made for CreateKeyPair.
 *
 * @param keyMaterial  the private key in the requested format, returned once and never stored
 * @param publicKey    the public key in OpenSSH format, which is all the cloud keeps
 * @param fingerprint  in EC2's format for created keys
 */
record GeneratedKey(String keyType, String keyMaterial, String publicKey, String fingerprint) {
}
