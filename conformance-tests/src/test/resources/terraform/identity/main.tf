# A tenant's identity setup as a Terraform user would write it: the provider on its default settings,
# with only the region, a static key and the gateway's endpoints configured.
provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key

  endpoints {
    sts = var.endpoint
    iam = var.endpoint
  }
}

data "aws_caller_identity" "me" {}

resource "aws_iam_user" "deployer" {
  name = "tf-deployer"
  path = "/terraform/"
}

resource "aws_iam_access_key" "deployer" {
  user = aws_iam_user.deployer.name
}

output "account_id" {
  value = data.aws_caller_identity.me.account_id
}

output "user_arn" {
  value = aws_iam_user.deployer.arn
}

output "access_key_id" {
  value = aws_iam_access_key.deployer.id
}

output "secret_access_key" {
  value     = aws_iam_access_key.deployer.secret
  sensitive = true
}
