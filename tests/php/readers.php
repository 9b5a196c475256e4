<?php
// The real PHP readers of the Laravel and Symfony exports (Debian packages
// php-vlucas-phpdotenv and php-symfony-mailer): php readers.php REQUESTS.json prints
// one JSON answer per request, in order.
//   {"op": "dotenv", "dir": "..."}  -> the .env in dir as phpdotenv reads it
//   {"op": "dsn", "dsn": "..."}     -> Symfony Mailer's Dsn and the EsmtpTransport it makes
require '/usr/share/php/Dotenv/autoload.php';
require '/usr/share/php/Symfony/Component/Mailer/autoload.php';

use Symfony\Component\Mailer\Transport\Dsn;
use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransportFactory;

$answers = [];
foreach (json_decode(file_get_contents($argv[1]), true) as $request) {
    try {
        if ($request['op'] === 'dotenv') {
            $answers[] = ['values' => Dotenv\Dotenv::createArrayBacked($request['dir'])->load()];
        } else {
            $dsn = Dsn::fromString($request['dsn']);
            $transport = (new EsmtpTransportFactory())->create($dsn);
            $answers[] = [
                'scheme' => $dsn->getScheme(),
                'host' => $dsn->getHost(),
                'port' => $dsn->getPort(),
                'user' => $dsn->getUser(),
                'password' => $dsn->getPassword(),
                'require_tls' => $dsn->getOption('require_tls'),
                'auto_tls' => $dsn->getOption('auto_tls'),
                'transport_tls' => $transport->getStream()->isTLS(),
                'transport_port' => $transport->getStream()->getPort(),
                'transport_user' => $transport->getUsername(),
                'transport_password' => $transport->getPassword(),
            ];
        }
    } catch (Throwable $error) {
        $answers[] = ['error' => get_class($error) . ': ' . $error->getMessage()];
    }
}
echo json_encode($answers), "\n";
